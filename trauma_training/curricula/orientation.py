"""Orientation: "Learning safely here" (code ORIENT), for everyone.

One short module: the safety controls on every page, who sees what, and help in one tap.
Checked by ``schema.validate_course``.
"""

COURSE = {
    "code": "ORIENT",
    "slug": "learning-safely-here",
    "title": "Learning safely here",
    "summary": (
        "A short start for everyone. Learn the buttons that keep you safe and comfortable, "
        "choose what you share and who can see it, and find a helpline in one tap."
    ),
    "audience": "everyone",
    "estimated_minutes": 20,
    "prerequisites": [],
    "modules": [
        {
            "slug": "orient-your-safety-your-choices",
            "title": "Your safety, your choices",
            "estimated_minutes": 20,
            "objectives": [
                "Use the quick exit button to hide a page at once",
                "Take a break, skip a lesson or read its summary from any lesson",
                "Choose what your mentor can see, and change that choice later",
                "Find a helpline with the Get help now button",
            ],
            "lessons": [
                {
                    "slug": "orient-safety-buttons",
                    "title": "The buttons that keep you safe",
                    "estimated_minutes": 7,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>This place is for you. You can learn at your own speed, on your "
                            "own phone or on a shared one. A few buttons help you stay safe and "
                            "comfortable. They sit in the same place on every page, so you can "
                            "always find them.</p>"
                            "<h3>Quick exit</h3>"
                            "<p>The quick exit button is at the top of every page. Tap it and "
                            "the page disappears straight away. A plain, everyday website opens "
                            "in its place. Use it if someone comes close and you want privacy. "
                            "On a keyboard, you can also press the Shift key three times, "
                            "quickly.</p>"
                            "<p>Quick exit hides the screen fast, but it cannot do everything. "
                            "Your phone may still keep a list of the pages you opened. If you "
                            "share a phone, turn on <strong>log me out when I close</strong>. "
                            "The page called <em>What quick exit cannot do</em> explains more.</p>"
                            "<h3>Take a break</h3>"
                            "<p>Every lesson has a <strong>Take a break</strong> button. It "
                            "guides you through something short and calming, like slow "
                            "breathing or naming five things you can see. When you feel ready, "
                            "it brings you back to the same place. Nothing is lost.</p>"
                            "<h3>Skip, or read a summary</h3>"
                            "<p>Some lessons talk about hard things. Before those lessons you "
                            "will see a short note. You can continue, read a short summary, skip "
                            "for now, or talk to your mentor. Nobody is told what you chose. "
                            "Skipping never stops you from finishing the rest.</p>"
                            "<h3>Get help</h3>"
                            "<p>The <strong>Get help now</strong> button is also always in the "
                            "same place. Lesson three shows you what it holds.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try it once now",
                                "text": (
                                    "Tap the quick exit button one time, just to see what "
                                    "happens. Then open this app again. Your place is saved. "
                                    "Knowing how it works makes it easy to use when you need it."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "There is no clock here",
                                "text": (
                                    "No lesson or quiz has a time limit. You can stop at any "
                                    "moment and come back later to the same spot."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "orient-who-sees-what",
                    "title": "You choose what to share",
                    "estimated_minutes": 7,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            "<p>What you write and do here belongs to you. You decide who sees "
                            "it. Here is who can see what.</p>"
                            "<h3>You</h3>"
                            "<p>You can see everything about your own learning. You can also "
                            "download it, correct it, or delete your account.</p>"
                            "<h3>Your mentor</h3>"
                            "<p>Your mentor sees your progress only if you say yes. Progress "
                            "means which lessons and checks you have finished. You can say yes "
                            "today and change your mind later. Saying no never stops you from "
                            "learning.</p>"
                            "<h3>Your reflections</h3>"
                            "<p>Reflections are the notes you write when a lesson asks you a "
                            "question. They start out private. Nobody else can read them. If "
                            "you want your mentor to read one note, you can share just that one. "
                            "You can take the sharing back at any time.</p>"
                            "<h3>Coordinators</h3>"
                            "<p>Coordinators help run the collectives. They see only group "
                            "totals, such as <em>12 members finished this course</em>. They do "
                            "not see your answers next to your name, and they never see your "
                            "reflections.</p>"
                            "<p>You only need a made-up username to learn here. We never ask "
                            "for your real name, your address, your caste or religion, or your "
                            "story.</p>"
                            "<p>Rekha shares her progress with her mentor, so they can plan "
                            "together. She keeps her reflections to herself. Salma does not "
                            "share her progress for now. Both are good choices.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Change your mind any time",
                                "text": (
                                    "Open your privacy settings to see every choice you have "
                                    "made. Turning a choice off is just as easy as turning it on."
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think about your learning here. What would you be happy "
                                    "for your mentor to see? What would you like to keep just "
                                    "for yourself?"
                                ),
                                "hint": (
                                    "Any answer is fine. Nobody else can read this note unless "
                                    "you choose to share it."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "orient-help-in-one-tap",
                    "title": "Help in one tap",
                    "estimated_minutes": 6,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Sometimes a feeling gets too big to carry alone. Sometimes you, "
                            "or someone near you, may be in danger. You do not have to search "
                            "for help. Tap <strong>Get help now</strong>. It is in the same "
                            "place on every page. It opens a list of helplines that you can call "
                            "straight from your phone.</p>"
                            "<p>Your organisation keeps this list up to date. It may include:</p>"
                            "<ul>"
                            "<li><strong>112</strong>: emergency, when someone is in danger "
                            "right now.</li>"
                            "<li><strong>181</strong>: women helpline, for women facing violence "
                            "or needing support.</li>"
                            "<li><strong>1098</strong>: Childline, for any child who needs care "
                            "or protection.</li>"
                            "<li><strong>14416</strong>: Tele-MANAS, free support for your mind "
                            "and feelings by phone, in many languages, day and night.</li>"
                            "<li><strong>1930</strong>: cyber-crime helpline, if someone cheats "
                            "you online or takes money through UPI.</li>"
                            "<li>Your nearest <strong>One Stop Centre</strong>, where women "
                            "facing violence can get shelter, medical, police and legal help in "
                            "one place.</li>"
                            "<li>The <strong>District Legal Services Authority</strong>, for "
                            "free legal advice.</li>"
                            "</ul>"
                            "<p>When you call, you do not need to explain everything. You can "
                            "simply say, “I need help,” and the person on the line will guide "
                            "you. You can also talk to your mentor or someone you trust in your "
                            "collective.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Save one number today",
                                "text": (
                                    "Save 112 and one other helpline in your phone under a name "
                                    "only you will understand. Then it is there even without data."
                                ),
                            },
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Anjali's friend says she has felt very low for "
                                            "weeks and cannot sleep. Anjali wants a number for "
                                            "free support for the mind and feelings. Which one "
                                            "fits best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Tele-MANAS on 14416 offers free support for "
                                            "feelings and mental health, by phone, day and night."
                                        ),
                                        "options": [
                                            {
                                                "text": "14416, Tele-MANAS",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Tele-MANAS gives free support for "
                                                    "the mind and feelings, in many languages."
                                                ),
                                            },
                                            {
                                                "text": "1930, cyber-crime helpline",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - 1930 is for online cheating and "
                                                    "money fraud. Look for the number for the "
                                                    "mind and feelings."
                                                ),
                                            },
                                            {
                                                "text": "1098, Childline",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - 1098 is for children. Anjali's "
                                                    "friend needs support for low feelings."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Where do you find the list of helplines?",
                                        "kind": "single",
                                        "explanation": (
                                            "The Get help now button sits in the same place on "
                                            "every page, so help is always one tap away."
                                        ),
                                        "options": [
                                            {
                                                "text": "Tap Get help now, in the same place on every page",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. You can reach it from any page, at "
                                                    "any time."
                                                ),
                                            },
                                            {
                                                "text": "Finish the whole course first",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - help is never locked. You can "
                                                    "open the list from your very first page."
                                                ),
                                            },
                                            {
                                                "text": "Write to a coordinator and wait for a reply",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - you never need to wait. The list "
                                                    "is one tap away on every page."
                                                ),
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": (
                            "Someone walks in while Lakshmi is reading a lesson. She wants the "
                            "screen hidden straight away. What should she tap?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Quick exit hides the page at once and opens a plain website in its "
                            "place. It sits at the top of every page."
                        ),
                        "options": [
                            {
                                "text": "Quick exit",
                                "correct": True,
                                "feedback": "Yes. Quick exit hides the page at once.",
                            },
                            {
                                "text": "Take a break",
                                "correct": False,
                                "feedback": (
                                    "Not yet - Take a break helps you calm down, but it does "
                                    "not hide the screen. Quick exit does."
                                ),
                            },
                            {
                                "text": "Get help now",
                                "correct": False,
                                "feedback": (
                                    "Not yet - Get help now shows helplines. To hide the "
                                    "screen fast, use quick exit."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these are true about your reflections? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Reflections start out private. You can share one note at a time "
                            "with your mentor, and take the sharing back whenever you like."
                        ),
                        "options": [
                            {
                                "text": "They are private to begin with",
                                "correct": True,
                                "feedback": "Yes. Nobody else can read them unless you share.",
                            },
                            {
                                "text": "You can share one note with your mentor if you choose",
                                "correct": True,
                                "feedback": "Yes. You share one note at a time, only if you want to.",
                            },
                            {
                                "text": "Coordinators read them to check your work",
                                "correct": False,
                                "feedback": (
                                    "Not yet - coordinators never see reflections. They see "
                                    "only group totals."
                                ),
                            },
                            {
                                "text": "Once you share a note, it can never be private again",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you can take the sharing back at any time."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What do coordinators see?",
                        "kind": "single",
                        "explanation": (
                            "Coordinators see group totals for their collectives, never one "
                            "person's answers or notes."
                        ),
                        "options": [
                            {
                                "text": "Only group totals, like how many members finished a course",
                                "correct": True,
                                "feedback": "Yes. Totals help them plan without seeing anyone's private details.",
                            },
                            {
                                "text": "Each member's reflections",
                                "correct": False,
                                "feedback": (
                                    "Not yet - reflections are private. Coordinators never see "
                                    "them."
                                ),
                            },
                            {
                                "text": "Each member's survey answers, with names",
                                "correct": False,
                                "feedback": (
                                    "Not yet - survey answers are kept apart from names. "
                                    "Coordinators see group totals only."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A lesson begins with a short note saying it talks about hard "
                            "things. What can you do? Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "You are always in charge. You can continue, read a short summary, "
                            "skip for now or talk to your mentor. Nobody is told, and skipping "
                            "never blocks the rest."
                        ),
                        "options": [
                            {
                                "text": "Continue with the lesson",
                                "correct": True,
                                "feedback": "Yes. If you feel ready, you can carry on.",
                            },
                            {
                                "text": "Read a short summary instead",
                                "correct": True,
                                "feedback": "Yes. The summary gives you the main points gently.",
                            },
                            {
                                "text": "Skip it for now and come back later",
                                "correct": True,
                                "feedback": "Yes. Skipping never stops you from finishing the rest.",
                            },
                            {
                                "text": "Nothing: you must read every word before moving on",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you always have a choice. You can read a "
                                    "summary, skip for now, or talk to your mentor."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
