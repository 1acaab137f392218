"""H5P packages: validation now; storage and serving come later."""
