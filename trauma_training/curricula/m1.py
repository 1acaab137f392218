"""M1 "Trauma-informed foundations", for mentors (about four hours).

Six modules, following DOMAIN.md section 2: what trauma is; the 4 Rs; the six principles as
mentoring behaviours; re-traumatising language and how to rewrite it; culture, caste and
gender; confidentiality, consent and identity protection. Checked by
``schema.validate_course``.
"""

COURSE = {
    "code": "M1",
    "slug": "trauma-informed-foundations",
    "title": "Trauma-informed foundations",
    "summary": (
        "For mentors. Learn what trauma is and how it can shape people, the 4 Rs, and six "
        "principles you can turn into everyday mentoring habits. Practise kinder words, work "
        "well with culture, caste and gender, and protect every survivor's privacy and choices."
    ),
    "audience": "mentor",
    "estimated_minutes": 240,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "m1-what-trauma-is",
            "title": "What trauma is",
            "estimated_minutes": 40,
            "objectives": [
                "Name the three parts of trauma: event, experience and effect",
                "List four common effects of trauma on the body, feelings, thinking and trust",
                "Explain why a trauma reaction is a way of surviving, not a weakness",
                "Point out two strengths in a survivor you work with",
            ],
            "lessons": [
                {
                    "slug": "m1-event-experience-effect",
                    "title": "Event, experience, effect",
                    "estimated_minutes": 11,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains what the word trauma means. It says "
                                    "that people can be harmed, but it does not describe any "
                                    "harm in detail."
                                ),
                                "summary": (
                                    "Trauma has three parts: something happened (the event), "
                                    "how the person lived through it (the experience), and how "
                                    "it affects them later (the effect). Two people can go "
                                    "through the same event and be affected very differently. "
                                    "So we never guess or judge how someone feels."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>You will hear the word <em>trauma</em> often in this course. It "
                            "helps to know what it means. One simple way to remember it is three "
                            "parts, each starting with E.</p>"
                            "<h3>1. The event</h3>"
                            "<p>The event is what happened, or what kept happening. It may be one "
                            "frightening moment, like an accident or a flood. It may also go on "
                            "for months, like being controlled, cheated, or kept from going "
                            "home. Trafficking is often this long kind of event.</p>"
                            "<h3>2. The experience</h3>"
                            "<p>The experience is how the person lived through the event. Did "
                            "she feel trapped? Alone? Was anyone kind to her? Two women can go "
                            "through the same event. One had a friend beside her. The other was "
                            "alone and threatened. Their experiences are not the same.</p>"
                            "<h3>3. The effect</h3>"
                            "<p>The effect is what stays afterwards. It may show in sleep, in the "
                            "body, in feelings, or in trust. Some effects come at once. Some come "
                            "much later. Many grow lighter with support and time.</p>"
                            "<p>Trauma is not the event alone. It is all three parts together. "
                            "This is why a mentor never says, “That was not so bad,” or “She "
                            "should be over it by now.” You cannot see another person's "
                            "experience from the outside. Only she knows it, and only she "
                            "decides how much of it to share with you.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Same event, different effects",
                                "text": (
                                    "Never compare one survivor with another. Each person's "
                                    "experience is her own, and so is her pace of healing."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-how-trauma-shows",
                    "title": "How trauma can show up",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson lists common effects of trauma on sleep, the "
                                    "body, feelings and trust. It tells no stories of harm."
                                ),
                                "summary": (
                                    "After trauma, the body can stay on alert for danger. This "
                                    "can show as poor sleep, headaches, sudden fear or anger, "
                                    "feeling numb, or finding it hard to trust. These are the "
                                    "mind and body trying to stay safe, not signs of weakness."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>When we face danger, the body gets ready to protect us. The "
                            "heart beats fast. We may want to fight, to run, or to freeze and go "
                            "still. This is the body's alarm, and in danger it is useful.</p>"
                            "<p>After trauma, the alarm can stay switched on even when the danger "
                            "is over. A loud voice, a smell or a knock at the door may set it "
                            "off. Here are some effects you may notice, in others or in "
                            "yourself:</p>"
                            "<ul>"
                            "<li><strong>Body:</strong> headaches, stomach pain, tiredness, "
                            "trouble sleeping.</li>"
                            "<li><strong>Feelings:</strong> sudden fear, anger or sadness; or "
                            "feeling numb and far away.</li>"
                            "<li><strong>Thinking:</strong> finding it hard to focus or "
                            "remember; painful memories that arrive without warning.</li>"
                            "<li><strong>Trust:</strong> finding it hard to trust people, "
                            "especially people with power.</li>"
                            "</ul>"
                            "<p>These effects make sense. They are the mind and body trying to "
                            "stay safe. A woman who checks the door many times learned that "
                            "doors matter. A young man who goes silent when someone shouts "
                            "learned that silence kept him safe.</p>"
                            "<p>So when Salma misses a meeting, or Anjali snaps at you, pause "
                            "before you judge. Ask yourself, “What happened to her?” instead of "
                            "“What is the matter with her?” This one change in thinking sits at "
                            "the heart of trauma-informed work.</p>"
                            "<p>You are not a doctor or a counsellor, and you do not need to be. "
                            "Your job is not to diagnose. Your job is to be steady, kind and "
                            "safe, and to link people to more help when they want it.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Notice without labelling",
                                "text": (
                                    "Say “You seem tired today. Would you like a short break?” "
                                    "rather than “You have trauma.” Describe what you see, then "
                                    "offer a choice."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-strength-and-growth",
                    "title": "Strength and growth after trauma",
                    "estimated_minutes": 11,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about strength and growth after hard "
                                    "times. It mentions trauma only in general words."
                                ),
                                "summary": (
                                    "Trauma is only one part of a survivor's story. Many "
                                    "survivors grow stronger, closer to others and more hopeful "
                                    "over time, often with the support of a collective. A "
                                    "mentor helps by noticing real strengths and naming them."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Trauma is only one part of anyone's story. People who have lived "
                            "through trafficking have also found ways to survive, to protect "
                            "others and to start again. These are real strengths.</p>"
                            "<p>Many people even grow after very hard times. This is called "
                            "<em>post-traumatic growth</em>. It can look like feeling stronger "
                            "inside, becoming closer to others, seeing new chances in life, or "
                            "valuing each day more. Growth does not mean the pain was good, or "
                            "that it has gone. Pain and growth can live side by side.</p>"
                            "<p>The organisation behind this course studied 60 survivors in five "
                            "collectives. Almost all of them showed moderate to high growth. "
                            "More than half showed a clear rise in their personal strength. Much "
                            "of this grew inside collectives, where survivors support each other "
                            "and lead together.</p>"
                            "<h3>Looking for strengths</h3>"
                            "<p>As a mentor, train your eyes to see strengths. Lakshmi walks an "
                            "hour to reach every collective meeting: that is commitment. Rekha "
                            "helped a younger girl find the right bus home: that is care and "
                            "courage. Salma keeps the group's accounts: that is skill, and the "
                            "group's trust in her.</p>"
                            "<p>When you name a strength out loud, you help the person see it "
                            "too. Be specific and honest. “You explained the savings rules so "
                            "clearly to the new members” means more than “Good job.”</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of one survivor you know or work with. Without "
                                    "writing her name or her story, note two strengths you have "
                                    "seen in her, and how you could tell her about them."
                                ),
                                "hint": (
                                    "Use small, real examples: something she did, said or kept "
                                    "going with. This note is private unless you choose to "
                                    "share it."
                                ),
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "Which three parts make up trauma, as this module describes it?",
                        "kind": "single",
                        "explanation": (
                            "Trauma is the event, how the person experienced it, and the effects "
                            "that stay afterwards, all three together."
                        ),
                        "options": [
                            {
                                "text": "Event, experience, effect",
                                "correct": True,
                                "feedback": "Yes. All three parts together make trauma.",
                            },
                            {
                                "text": "Fear, anger, sadness",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these are feelings that can be effects. Think of "
                                    "the three parts that start with E."
                                ),
                            },
                            {
                                "text": "Police, court, shelter",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these are services. Think of the three parts "
                                    "that start with E."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these can be effects of trauma? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Trauma can affect sleep, the body, feelings, thinking and trust. "
                            "These effects are ways of staying safe, not laziness or weakness."
                        ),
                        "options": [
                            {
                                "text": "Trouble sleeping",
                                "correct": True,
                                "feedback": "Yes. The body's alarm can make rest hard.",
                            },
                            {
                                "text": "Finding it hard to trust people",
                                "correct": True,
                                "feedback": "Yes. Trust is often one of the things trauma touches.",
                            },
                            {
                                "text": "Sudden fear at a loud sound",
                                "correct": True,
                                "feedback": "Yes. A loud sound can set off the body's alarm.",
                            },
                            {
                                "text": "Being lazy",
                                "correct": False,
                                "feedback": (
                                    "Not yet - tiredness or missing meetings can come from "
                                    "trauma. Calling it laziness blames the person."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Two women went through the same event. One seems calm now. The "
                            "other is still very upset. What is the best way to think about this?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "The same event can be experienced very differently, so the effects "
                            "differ too. Every reaction deserves respect."
                        ),
                        "options": [
                            {
                                "text": "Each lived through it differently, and both reactions make sense",
                                "correct": True,
                                "feedback": "Yes. Experience and effect differ from person to person.",
                            },
                            {
                                "text": "The calm one is stronger",
                                "correct": False,
                                "feedback": (
                                    "Not yet - calm on the outside does not tell us about the "
                                    "inside, and we never compare survivors."
                                ),
                            },
                            {
                                "text": "The upset one is making too much of it",
                                "correct": False,
                                "feedback": (
                                    "Not yet - her experience may have been very different. "
                                    "Only she knows it."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Anjali snaps at you in a meeting. Which question fits "
                            "trauma-informed thinking?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Asking “What happened to her?” reminds you that behaviour often "
                            "makes sense once you know what a person has lived through."
                        ),
                        "options": [
                            {
                                "text": "What happened to her?",
                                "correct": True,
                                "feedback": "Yes. This question keeps you curious and kind.",
                            },
                            {
                                "text": "What is the matter with her?",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this question puts the problem inside her. "
                                    "Try asking what she has lived through."
                                ),
                            },
                            {
                                "text": "Why is she so rude?",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this judges her before you understand. Her "
                                    "reaction may be the body's alarm."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are examples of post-traumatic growth? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Growth can mean feeling stronger, closer to others, seeing new "
                            "chances or valuing life more. It does not mean forgetting."
                        ),
                        "options": [
                            {
                                "text": "Feeling stronger inside",
                                "correct": True,
                                "feedback": "Yes. Personal strength is a common kind of growth.",
                            },
                            {
                                "text": "Feeling closer to other people",
                                "correct": True,
                                "feedback": "Yes. Many survivors grow close to others in a collective.",
                            },
                            {
                                "text": "Seeing new chances in life",
                                "correct": True,
                                "feedback": "Yes. New possibilities are part of growth.",
                            },
                            {
                                "text": "Forgetting everything that happened",
                                "correct": False,
                                "feedback": (
                                    "Not yet - growth does not wipe out the past. Pain and "
                                    "growth can live side by side."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "m1-four-rs",
            "title": "The 4 Rs",
            "estimated_minutes": 40,
            "objectives": [
                "Name the 4 Rs: realise, recognise, respond, resist re-traumatisation",
                "Recognise three signs that a person may be affected by trauma",
                "Choose a response that offers safety and choice",
                "Spot one practice that could re-traumatise and suggest a change",
            ],
            "lessons": [
                {
                    "slug": "m1-four-rs-realise-recognise",
                    "title": "Realise and recognise",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>The 4 Rs are a simple checklist for working in a trauma-informed "
                            "way. They apply to you as a mentor, and to the whole organisation: "
                            "meetings, forms, offices and phone calls. The four are "
                            "<strong>Realise</strong>, <strong>Recognise</strong>, "
                            "<strong>Respond</strong> and <strong>Resist "
                            "re-traumatisation</strong>.</p>"
                            "<h3>Realise</h3>"
                            "<p>Realise means knowing how common trauma is and how widely it "
                            "spreads. Many people in a collective have faced hard things, and so "
                            "have many staff and mentors. Trauma can touch families and whole "
                            "villages too. Realising this changes how you plan. You expect that "
                            "some people will feel unsafe in some situations, and you prepare "
                            "for it.</p>"
                            "<p>Realising also means knowing that people recover. With safety, "
                            "support and choice, people heal and grow. So you hold hope for "
                            "everyone you work with.</p>"
                            "<h3>Recognise</h3>"
                            "<p>Recognise means noticing signs that someone may be affected by "
                            "trauma. In a meeting, you might see:</p>"
                            "<ul>"
                            "<li>someone who always sits near the door;</li>"
                            "<li>someone who goes quiet or blank when a topic comes up;</li>"
                            "<li>someone who jumps at a sudden sound;</li>"
                            "<li>someone who stays away after a hard conversation.</li>"
                            "</ul>"
                            "<p>Recognising does not mean guessing someone's story. You do not "
                            "need to know what happened. You notice, you stay calm, and you make "
                            "it easier for the person to feel safe. Recognise the signs in "
                            "yourself as well, like tiredness or dread before a session. Course "
                            "M4 looks at caring for yourself as a helper.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "The 4 Rs in one breath",
                                "text": (
                                    "Realise it is common. Recognise the signs. Respond with "
                                    "safety and choice. Resist anything that re-traumatises."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-four-rs-respond",
                    "title": "Respond",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Respond means using what you know in everything you do. A "
                            "trauma-informed response is calm and clear, and it gives the person "
                            "choices. It shows in how meetings and forms are set up, not only in "
                            "what you say.</p>"
                            "<h3>Responding in the moment</h3>"
                            "<p>Picture a collective meeting in Chhattisgarh. A member, Lakshmi, "
                            "goes quiet and holds her arms tightly when the talk turns to "
                            "travelling for work. A trauma-informed response could be:</p>"
                            "<ol>"
                            "<li>Stay calm. Keep your voice low and steady.</li>"
                            "<li>Offer everyone a choice: “Let's take a short break. Would "
                            "anyone like some water?”</li>"
                            "<li>Later, check in with her privately: “I noticed you looked "
                            "uncomfortable. Is there anything that would help next time?”</li>"
                            "<li>Let her decide. If she says she is fine, respect that.</li>"
                            "</ol>"
                            "<p>You do not ask her what happened. You do not point her out in "
                            "front of others. You make the room safer for everyone.</p>"
                            "<h3>Responding in how things are set up</h3>"
                            "<p>Respond also means changing the way things work. Can people "
                            "choose where they sit? Do they know the plan for the meeting in "
                            "advance? Are forms short, asking only what is needed? Is there a "
                            "quiet corner? Does everyone know whom to call for help? Small "
                            "changes like these tell people: you are safe here, and you have a "
                            "say.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Choices, not orders",
                                "text": (
                                    "Turn instructions into options. Instead of “Sit here and "
                                    "tell us about yourself,” try “Sit wherever you like. Share "
                                    "only if you want to.”"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-four-rs-resist",
                    "title": "Resist re-traumatisation",
                    "estimated_minutes": 11,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about everyday habits that can make "
                                    "survivors feel powerless again. It does not describe any "
                                    "harm in detail."
                                ),
                                "summary": (
                                    "Re-traumatisation is when something today makes a person "
                                    "feel as unsafe and powerless as during the trauma. It often "
                                    "comes from habits, like asking survivors to repeat their "
                                    "story or taking photos without permission. We resist it by "
                                    "checking every habit for lost power, privacy or choice."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Re-traumatisation happens when something today makes a person "
                            "feel as powerless and unsafe as they felt during the trauma. Often "
                            "nobody means it. It comes from habits, rules or careless words.</p>"
                            "<p>Some common examples:</p>"
                            "<ul>"
                            "<li>Asking a survivor to tell her story again and again, to new "
                            "people.</li>"
                            "<li>Taking or sharing photos of survivors without clear "
                            "permission.</li>"
                            "<li>Shouting, locking doors, or taking away phones “for her own "
                            "good”.</li>"
                            "<li>Making decisions about a person without asking her.</li>"
                            "<li>Talking about someone's past in front of others.</li>"
                            "</ul>"
                            "<p>To resist re-traumatisation, look at each habit and ask: does "
                            "this take away power, privacy or choice? If it does, change it. For "
                            "example, when a visitor wants to “hear a survivor's story”, the "
                            "answer is: only if a survivor chooses to speak, on her own terms, "
                            "and she can stop at any time.</p>"
                            "<p>Resisting also means speaking up. If you see a practice in your "
                            "organisation that could hurt people, raise it calmly with your "
                            "supervisor. Ask survivors how things could work better, because "
                            "they know best.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A journalist visits a collective in Andhra Pradesh "
                                            "and asks to take group photos for a newspaper. "
                                            "What is the best response?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Each person decides for herself, in private, "
                                            "without group pressure. Faces and names stay "
                                            "hidden unless each person agrees in writing."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Explain that nobody is photographed unless "
                                                    "she agrees in private, and that faces and "
                                                    "names stay hidden without written consent"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. This protects privacy and leaves the "
                                                    "choice with each survivor."
                                                ),
                                            },
                                            {
                                                "text": "Say yes, because it is good publicity",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - publicity never comes before a "
                                                    "survivor's safety and choice."
                                                ),
                                            },
                                            {
                                                "text": "Let the journalist ask the whole group during the meeting",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - saying no in front of everyone "
                                                    "is hard. Each person should be asked "
                                                    "privately."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Which of these could re-traumatise a survivor? "
                                            "Choose all that fit."
                                        ),
                                        "kind": "multiple",
                                        "explanation": (
                                            "Habits that take away power, privacy or choice can "
                                            "re-traumatise. Habits that give choice and "
                                            "predictability help."
                                        ),
                                        "options": [
                                            {
                                                "text": "Asking her to repeat her story to every new visitor",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Repeating her story on demand takes "
                                                    "away her choice about what to share."
                                                ),
                                            },
                                            {
                                                "text": "Deciding her plans for her",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. It takes away power over her own life."
                                                ),
                                            },
                                            {
                                                "text": "Letting her choose where to sit",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this gives choice, which helps "
                                                    "people feel safe."
                                                ),
                                            },
                                            {
                                                "text": "Telling her the meeting plan in advance",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - knowing what will happen builds "
                                                    "safety and trust."
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
                        "prompt": "What are the 4 Rs?",
                        "kind": "single",
                        "explanation": (
                            "The 4 Rs are realise, recognise, respond and resist "
                            "re-traumatisation. They guide both mentors and whole organisations."
                        ),
                        "options": [
                            {
                                "text": "Realise, recognise, respond, resist re-traumatisation",
                                "correct": True,
                                "feedback": "Yes. These four guide everything a trauma-informed team does.",
                            },
                            {
                                "text": "Rescue, rehabilitate, reintegrate, repatriate",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these words are sometimes used for services, but "
                                    "they are not the 4 Rs of trauma-informed work."
                                ),
                            },
                            {
                                "text": "Read, remember, repeat, review",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these are study habits. The 4 Rs start with realise."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Which could be signs that someone may be affected by trauma? "
                            "Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Sitting near exits, startling easily and going quiet on some topics "
                            "can all be signs. You notice them without guessing the story."
                        ),
                        "options": [
                            {
                                "text": "Always sitting near the door",
                                "correct": True,
                                "feedback": "Yes. Being near an exit can help someone feel safer.",
                            },
                            {
                                "text": "Jumping at sudden sounds",
                                "correct": True,
                                "feedback": "Yes. This can be the body's alarm at work.",
                            },
                            {
                                "text": "Going quiet when certain topics come up",
                                "correct": True,
                                "feedback": "Yes. Some topics can bring back hard feelings.",
                            },
                            {
                                "text": "Enjoying singing in meetings",
                                "correct": False,
                                "feedback": (
                                    "Not yet - enjoying singing is simply enjoying singing. It "
                                    "is not a sign of trauma."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Salma goes quiet and tense when the group talks about working in a "
                            "big city. What is a trauma-informed response?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "A calm break for everyone, then a private check-in where she "
                            "decides what happens, gives safety without singling her out."
                        ),
                        "options": [
                            {
                                "text": "Offer everyone a short break, then check in with her privately and let her decide",
                                "correct": True,
                                "feedback": "Yes. This gives safety and choice, and keeps her privacy.",
                            },
                            {
                                "text": "Ask her in front of the group what happened in the city",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this singles her out and pushes her to share. "
                                    "Offer a break and a private check-in instead."
                                ),
                            },
                            {
                                "text": "Ignore it and move on quickly",
                                "correct": False,
                                "feedback": (
                                    "Not yet - moving on is kind, but she may need a pause. A "
                                    "short break and a quiet check-in show you noticed."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which change helps to resist re-traumatisation?",
                        "kind": "single",
                        "explanation": (
                            "Survivors share their stories only when they choose, on their own "
                            "terms, and can stop at any time."
                        ),
                        "options": [
                            {
                                "text": "Survivors share their story only if they choose, and can stop any time",
                                "correct": True,
                                "feedback": "Yes. This keeps power and choice with the survivor.",
                            },
                            {
                                "text": "Every survivor tells her story to visiting donors",
                                "correct": False,
                                "feedback": (
                                    "Not yet - being asked to repeat a story on demand can "
                                    "re-traumatise."
                                ),
                            },
                            {
                                "text": "Survivors' phones are locked away during meetings",
                                "correct": False,
                                "feedback": (
                                    "Not yet - taking phones away can feel like losing control "
                                    "again. Ask the group to agree its own phone rules."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these are part of Respond? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Respond covers what you say and how things are set up: a calm "
                            "voice, choices, short forms and a clear plan."
                        ),
                        "options": [
                            {
                                "text": "A calm voice and offering choices",
                                "correct": True,
                                "feedback": "Yes. This is responding in the moment.",
                            },
                            {
                                "text": "Short forms that ask only what is needed",
                                "correct": True,
                                "feedback": "Yes. This is responding in how things are set up.",
                            },
                            {
                                "text": "Sharing the meeting plan in advance",
                                "correct": True,
                                "feedback": "Yes. Knowing what comes next helps people feel safe.",
                            },
                            {
                                "text": "Telling someone which mental illness she has",
                                "correct": False,
                                "feedback": (
                                    "Not yet - mentors do not diagnose. You respond with "
                                    "safety and choice, and link to help if she wants it."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "m1-six-principles",
            "title": "Six principles in everyday mentoring",
            "estimated_minutes": 40,
            "objectives": [
                "Name the six trauma-informed principles",
                "Give one mentoring behaviour for each principle",
                "Turn an instruction into a choice the mentee makes",
                "Tell a mentee what you will write down and who will see it before you ask",
            ],
            "lessons": [
                {
                    "slug": "m1-principles-safety-trust",
                    "title": "Safety, trust and transparency",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Trauma-informed work rests on six principles. A principle is a "
                            "guide for how you act. This module turns each one into things you "
                            "can do as a mentor. We start with the first two.</p>"
                            "<h3>1. Safety</h3>"
                            "<p>Safety means people feel safe in body and in mind. As a mentor, "
                            "you can:</p>"
                            "<ul>"
                            "<li>meet in a place the mentee chooses and feels comfortable in;</li>"
                            "<li>keep your voice calm and your body relaxed;</li>"
                            "<li>never touch without asking first;</li>"
                            "<li>agree together what you will do if she feels upset during a "
                            "session.</li>"
                            "</ul>"
                            "<h3>2. Trustworthiness and transparency</h3>"
                            "<p>Trust grows when people can predict what you will do. "
                            "Transparency means being open about what you are doing and why. "
                            "You can:</p>"
                            "<ul>"
                            "<li>arrive when you said you would, or tell her early if you "
                            "cannot;</li>"
                            "<li>explain what you will write down, who will see it and why, "
                            "before you ask anything;</li>"
                            "<li>be honest about limits: “I cannot promise the court date, but I "
                            "can help you find the legal aid office”;</li>"
                            "<li>keep your promises small and real.</li>"
                            "</ul>"
                            "<p>Think of Rekha, a new member of a collective in West Bengal. At "
                            "her first meeting, the mentor explains the plan, shows her where "
                            "the door and the toilet are, and tells her she may leave at any "
                            "time. Rekha relaxes a little. Nothing dramatic happened. But she "
                            "learned that this place is predictable, and that is where trust "
                            "begins.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try this at your next session",
                                "text": (
                                    "Begin by saying what will happen and how long it will "
                                    "take. End by saying when you will meet next. Notice how "
                                    "your mentee responds."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-principles-peer-collaboration",
                    "title": "Peer support and working together",
                    "estimated_minutes": 11,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>The next two principles are about relationships: between "
                            "survivors, and between you and the people you mentor.</p>"
                            "<h3>3. Peer support</h3>"
                            "<p>Peer support means survivors helping survivors. Someone who has "
                            "been through something similar can offer hope and understanding "
                            "that others cannot. Collectives are built on this. As a mentor, you "
                            "can:</p>"
                            "<ul>"
                            "<li>make time in meetings for members to share tips and encourage "
                            "each other;</li>"
                            "<li>invite experienced members to welcome newcomers, if they wish "
                            "to;</li>"
                            "<li>step back so survivor leaders can lead, instead of always "
                            "leading yourself.</li>"
                            "</ul>"
                            "<h3>4. Collaboration and mutuality</h3>"
                            "<p>Collaboration means working together. Mutuality means both sides "
                            "learn from each other and share power. You are not the expert on "
                            "someone else's life: she is. You can:</p>"
                            "<ul>"
                            "<li>plan sessions with the mentee, not for her;</li>"
                            "<li>ask for her ideas first: “What do you think would work?”;</li>"
                            "<li>share what you know, and stay open to learning from her;</li>"
                            "<li>ask for feedback: “Was today useful? What should we "
                            "change?”</li>"
                            "</ul>"
                            "<p>In a collective in Andhra Pradesh, the members wanted to start a "
                            "savings group. The mentor did not set the rules. She asked "
                            "questions, shared examples from other groups, and the members wrote "
                            "their own rules. Months later they still follow them, because the "
                            "rules belong to them.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Power with, not power over",
                                "text": (
                                    "Each time you are about to decide something for a mentee, "
                                    "ask yourself whether she could decide it herself."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-principles-choice-culture",
                    "title": "Voice, choice, culture and gender",
                    "estimated_minutes": 12,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<h3>5. Empowerment, voice and choice</h3>"
                            "<p>Trafficking takes away choice. Healing gives it back. "
                            "Empowerment means helping people use their own strength and make "
                            "their own decisions. As a mentor, you can:</p>"
                            "<ul>"
                            "<li>offer real choices, even small ones: when to meet, where, what "
                            "to talk about first;</li>"
                            "<li>ask “What do you want to do?” before you suggest anything;</li>"
                            "<li>respect “no”, and make it easy to say;</li>"
                            "<li>name the strengths you see, honestly and specifically.</li>"
                            "</ul>"
                            "<p>Choice includes changing her mind. If Anjali agreed last week to "
                            "speak at an event and now she does not want to, that is her right. "
                            "You say, “That is fine. Thank you for telling me.”</p>"
                            "<h3>6. Cultural, historical and gender issues</h3>"
                            "<p>People's lives are shaped by their culture, their community's "
                            "history and their gender. Caste, religion, language and poverty all "
                            "affect how people are treated and how safe they feel. As a mentor, "
                            "you can:</p>"
                            "<ul>"
                            "<li>learn about the communities you work with, and ask rather than "
                            "assume;</li>"
                            "<li>notice and stop unfair treatment, such as separate seating or "
                            "separate cups;</li>"
                            "<li>use the mentee's language where you can, or find someone who "
                            "speaks it;</li>"
                            "<li>remember that men, boys and transgender people are trafficked "
                            "too, and deserve the same respect.</li>"
                            "</ul>"
                            "<p>Module 5 of this course goes deeper into culture, caste and "
                            "gender.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Anjali tells you she no longer wants to speak at "
                                            "next week's event. Which reply shows voice and "
                                            "choice?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Choice includes the right to change one's mind. "
                                            "Accepting it warmly shows that her “no” is safe."
                                        ),
                                        "options": [
                                            {
                                                "text": "“That is fine. Thank you for telling me.”",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. You respect her decision and thank "
                                                    "her for being honest."
                                                ),
                                            },
                                            {
                                                "text": "“But you promised. Everyone is expecting you.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this puts pressure on her. Her "
                                                    "right to change her mind comes first."
                                                ),
                                            },
                                            {
                                                "text": "“Let's keep talking until you feel ready to say yes.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this treats her “no” as a "
                                                    "problem to solve. Accept it."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Before asking any questions, a mentor explains what "
                                            "she will write down and who will see it. Which "
                                            "principle does this show?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Being open about what you do and why is "
                                            "transparency, and it builds trust."
                                        ),
                                        "options": [
                                            {
                                                "text": "Trustworthiness and transparency",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Being open in advance makes you "
                                                    "predictable and trustworthy."
                                                ),
                                            },
                                            {
                                                "text": "Peer support",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - peer support is survivors "
                                                    "helping survivors. This is about being "
                                                    "open."
                                                ),
                                            },
                                            {
                                                "text": "Cultural, historical and gender issues",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - that principle is about "
                                                    "background and fairness. This one is about "
                                                    "openness."
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
                        "prompt": "Which of these are among the six principles? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The six are safety; trustworthiness and transparency; peer support; "
                            "collaboration and mutuality; empowerment, voice and choice; and "
                            "cultural, historical and gender issues."
                        ),
                        "options": [
                            {
                                "text": "Safety",
                                "correct": True,
                                "feedback": "Yes. Safety comes first among the six.",
                            },
                            {
                                "text": "Peer support",
                                "correct": True,
                                "feedback": "Yes. Survivors helping survivors is one of the six.",
                            },
                            {
                                "text": "Empowerment, voice and choice",
                                "correct": True,
                                "feedback": "Yes. Giving choice back is at the heart of healing.",
                            },
                            {
                                "text": "Obedience and discipline",
                                "correct": False,
                                "feedback": (
                                    "Not yet - trauma-informed work shares power rather than "
                                    "asking for obedience."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Which sentence turns “Come to the office on Monday at 10” into a "
                            "choice?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Asking the mentee when and where suits her lets her decide, which "
                            "builds voice and choice."
                        ),
                        "options": [
                            {
                                "text": "“When and where would suit you to meet this week?”",
                                "correct": True,
                                "feedback": "Yes. She chooses the time and the place.",
                            },
                            {
                                "text": "“You must come on Monday at 10. It is important.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this is still an order. Ask what suits her."
                                ),
                            },
                            {
                                "text": "“Monday at 10, or I will mark you absent.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this adds a threat. Offer a real choice instead."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Members of a collective want to start a savings group. What fits "
                            "collaboration and mutuality?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "The mentor supports with questions and examples, and the members "
                            "make the decisions, so the rules belong to them."
                        ),
                        "options": [
                            {
                                "text": "Ask questions, share examples, and let members write their own rules",
                                "correct": True,
                                "feedback": "Yes. Power is shared, and the group owns the result.",
                            },
                            {
                                "text": "Write the rules for them so it is done properly",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the members are the experts on their own group. "
                                    "Support them to decide."
                                ),
                            },
                            {
                                "text": "Tell them to wait until staff have time to run it",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this takes the idea away from them. Help them "
                                    "lead it themselves."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which behaviours build safety? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Safety grows from choice of place, respect for the body, and a plan "
                            "for hard moments agreed together."
                        ),
                        "options": [
                            {
                                "text": "Meeting in a place the mentee chooses",
                                "correct": True,
                                "feedback": "Yes. She knows where she feels comfortable.",
                            },
                            {
                                "text": "Asking before any touch",
                                "correct": True,
                                "feedback": "Yes. She decides what happens to her body.",
                            },
                            {
                                "text": "Agreeing what to do if she gets upset",
                                "correct": True,
                                "feedback": "Yes. A shared plan makes hard moments less frightening.",
                            },
                            {
                                "text": "Surprise visits to her home",
                                "correct": False,
                                "feedback": (
                                    "Not yet - surprises can feel unsafe and may put her "
                                    "privacy at risk. Agree visits in advance."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "A new member joins the collective. Which action supports peer support?",
                        "kind": "single",
                        "explanation": (
                            "Survivors who have walked a similar road can offer hope and "
                            "welcome, when they choose to."
                        ),
                        "options": [
                            {
                                "text": "Invite an experienced member, who is willing, to welcome her",
                                "correct": True,
                                "feedback": "Yes. A peer's welcome can mean a great deal.",
                            },
                            {
                                "text": "Keep members apart so they do not talk about the past",
                                "correct": False,
                                "feedback": (
                                    "Not yet - members support each other in many ways, not "
                                    "only by talking about the past."
                                ),
                            },
                            {
                                "text": "Have staff do all the talking in her first meeting",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this leaves out the members, who have the most "
                                    "to offer a newcomer."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "m1-words-that-heal",
            "title": "Words that hurt, words that heal",
            "estimated_minutes": 40,
            "objectives": [
                "Spot blaming, pitying, labelling and pushing words",
                "Rewrite a blaming sentence into a respectful one",
                "Ask how someone is without a “why” question about the past",
                "Describe a survivor in person-first, strengths-based words",
            ],
            "lessons": [
                {
                    "slug": "m1-words-that-hurt",
                    "title": "Words that can hurt",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson quotes blaming and hurtful things people "
                                    "sometimes say to survivors, so that you can spot them. No "
                                    "harm is described."
                                ),
                                "summary": (
                                    "Some words blame, pity, label or push survivors, even when "
                                    "people mean well. Questions that start with “Why did "
                                    "you...” often sound like blame. In Indian law, trafficking "
                                    "is a crime whether or not the person seemed to agree to go."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Words matter. A kind word can help someone feel safe. A careless "
                            "word can bring back shame and fear, even when the speaker means "
                            "well. Here are four kinds of words to watch for.</p>"
                            "<h3>Blaming</h3>"
                            "<p>Blaming words suggest the survivor caused what happened. “Why "
                            "did you trust him?” “Why didn't you run away?” “She went with him "
                            "willingly.” The person who exploited her is responsible, not her. "
                            "Indian law agrees: in trafficking, it does not matter whether the "
                            "person seemed to agree to go.</p>"
                            "<h3>Pitying</h3>"
                            "<p>Pity puts the survivor below you. “Poor thing, her life is "
                            "ruined.” “These girls have nothing.” It hides her strength and "
                            "makes her feel small.</p>"
                            "<h3>Labelling</h3>"
                            "<p>Labels turn a whole person into one event. “The rescued girl.” "
                            "“The victim from Kolkata.” “She is a case.” Labels can also spread "
                            "her story to people who should never know it.</p>"
                            "<h3>Pushing</h3>"
                            "<p>Pushing words demand details or feelings. “Tell me exactly what "
                            "happened.” “You must forgive and move on.” “Don't cry.” They take "
                            "away her choice about what to share and how to feel.</p>"
                            "<p>Most people who say these things are not cruel. They repeat what "
                            "they have heard around them. Your role is to notice these words, in "
                            "your own speech first, and gently change them.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Go easy on “why”",
                                "text": (
                                    "Questions about the past that begin “Why did you...” "
                                    "almost always sound like blame. Leave the past for the "
                                    "survivor to share, if and when she chooses."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-rewriting-words",
                    "title": "How to rewrite hurtful words",
                    "estimated_minutes": 14,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Rewriting words is a skill, and like any skill it grows with "
                            "practice. Use these four steps.</p>"
                            "<ol>"
                            "<li><strong>Put the person first.</strong> Say “a woman who "
                            "survived trafficking”, or use her name, not “a trafficked "
                            "girl”.</li>"
                            "<li><strong>Put responsibility where it belongs.</strong> Name the "
                            "trafficker's actions, not her choices: “He tricked her”, not “She "
                            "fell for it”.</li>"
                            "<li><strong>Show strength.</strong> Mention what she did, learned "
                            "or built.</li>"
                            "<li><strong>Give choice.</strong> Ask, do not demand. Invite, do "
                            "not push.</li>"
                            "</ol>"
                            "<h3>Before and after</h3>"
                            "<ul>"
                            "<li>“Why didn't you tell anyone?” becomes “Thank you for telling me "
                            "now. What would help you today?”</li>"
                            "<li>“She went with him willingly” becomes “He lied to her about the "
                            "job.”</li>"
                            "<li>“These rescued girls need our help” becomes “The members of the "
                            "collective are planning their next steps, and we support "
                            "them.”</li>"
                            "<li>“Tell me everything that happened” becomes “You can share as "
                            "much or as little as you like, and stop whenever you want.”</li>"
                            "<li>“Don't cry, be strong” becomes “It is okay to feel this. Take "
                            "your time.”</li>"
                            "<li>“Poor Lakshmi, her life is ruined” becomes “Lakshmi is "
                            "rebuilding her life, and she is learning tailoring.”</li>"
                            "</ul>"
                            "<p>Take the same care in writing: reports, WhatsApp messages, notes "
                            "and posters. Write as if the survivor will read it, because one day "
                            "she may.</p>"
                            "<p>If you slip, that is human. Notice it, correct yourself simply, "
                            "and carry on: “Sorry, let me say that better.”</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Listen for one phrase",
                                "text": (
                                    "This week, listen for one hurtful phrase: on TV, at the "
                                    "market, or in your own speech. Rewrite it in your head "
                                    "using the four steps."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-words-practice",
                    "title": "Practice: rewrite the sentence",
                    "estimated_minutes": 10,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Now it is your turn. In each question below, someone has said "
                            "something that could hurt. Choose the best rewrite. Take your time. "
                            "You can try as many times as you like, and every answer explains "
                            "its thinking.</p>"
                            "<p>Before you start, recall the four steps from the last lesson: "
                            "put the person first, put responsibility where it belongs, show "
                            "strength, and give choice. A good rewrite often does more than one "
                            "of these at once.</p>"
                            "<p>Remember too that tone matters as much as words. A gentle "
                            "sentence said in a hurry, or with a frown, can still hurt. Speak "
                            "slowly. Give her time to answer. Silence is fine: it often means "
                            "she is thinking.</p>"
                            "<p>In real life nobody hands you a list of options. You will need "
                            "to find the words yourself, in the moment. So after each question, "
                            "say the best answer aloud in your own language and in your own "
                            "way, until it feels natural.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A volunteer says: “Why did she believe that man? "
                                            "She should have known.” Which rewrite is best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "The best rewrite names what the trafficker did and "
                                            "puts no blame on her."
                                        ),
                                        "options": [
                                            {
                                                "text": "“He lied to her and made promises he never meant to keep.”",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Responsibility sits with the person "
                                                    "who lied."
                                                ),
                                            },
                                            {
                                                "text": "“She was too trusting, but it is not all her fault.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this still puts part of the "
                                                    "blame on her. Name what he did."
                                                ),
                                            },
                                            {
                                                "text": "“Poor girl, she did not know any better.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this swaps blame for pity. Name "
                                                    "the trafficker's actions instead."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "A poster says: “Help the rescued girls of our "
                                            "village.” Which rewrite is best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Person-first, strengths-based words show survivors "
                                            "as people building their future, not as a label."
                                        ),
                                        "options": [
                                            {
                                                "text": "“Support the women of our collective as they build their future.”",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. It puts the women first and shows "
                                                    "their strength."
                                                ),
                                            },
                                            {
                                                "text": "“Help the poor victims of our village.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this adds pity and a label. Try "
                                                    "words that show strength."
                                                ),
                                            },
                                            {
                                                "text": "“Help the trafficked girls of our village.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this still labels them by one "
                                                    "event, and may point to who they are."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "You want to know how a mentee is after a hard week. "
                                            "Which question is best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "An open, gentle question with a choice about how "
                                            "much to share works better than “why” or a demand."
                                        ),
                                        "options": [
                                            {
                                                "text": "“How are you feeling this week? Share as much as you like.”",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. It is open and leaves the choice "
                                                    "with her."
                                                ),
                                            },
                                            {
                                                "text": "“Why did you miss the meeting again?”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - a “why” question can sound like "
                                                    "blame. Ask how she is instead."
                                                ),
                                            },
                                            {
                                                "text": "“Tell me exactly what upset you.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this pushes for details. Let "
                                                    "her choose what to share."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which of these sentences are respectful? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Respectful sentences put the person first, show "
                                            "strength and give room for feelings."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "“Rekha is a woman who survived "
                                                    "trafficking, and now she leads her "
                                                    "collective.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. Person first, and it shows her strength."
                                                ),
                                            },
                                            {
                                                "text": "“It is okay to feel this. Take your time.”",
                                                "correct": True,
                                                "feedback": "Yes. It gives room for her feelings.",
                                            },
                                            {
                                                "text": "“She went with him willingly.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this blames her. Try “He lied "
                                                    "to her about the job.”"
                                                ),
                                            },
                                            {
                                                "text": "“Don't cry, be strong.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this tells her how to feel. "
                                                    "Give her room instead."
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
                        "prompt": "What kind of hurtful words is “the victim from Kolkata”?",
                        "kind": "single",
                        "explanation": (
                            "It is a label: it turns a whole person into one event, and it may "
                            "help others guess who she is."
                        ),
                        "options": [
                            {
                                "text": "Labelling",
                                "correct": True,
                                "feedback": "Yes. It reduces her to one event and a place.",
                            },
                            {
                                "text": "Pitying",
                                "correct": False,
                                "feedback": (
                                    "Not yet - pity sounds like “poor thing”. This phrase "
                                    "names her by one event."
                                ),
                            },
                            {
                                "text": "Pushing",
                                "correct": False,
                                "feedback": (
                                    "Not yet - pushing words demand details or feelings. This "
                                    "phrase names her by one event."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which sentence puts responsibility where it belongs?",
                        "kind": "single",
                        "explanation": (
                            "Responsibility belongs with the person who deceived or exploited, "
                            "so the sentence should name his actions."
                        ),
                        "options": [
                            {
                                "text": "“The agent tricked her with a false job offer.”",
                                "correct": True,
                                "feedback": "Yes. It names what the agent did.",
                            },
                            {
                                "text": "“She fell for a fake job.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this makes her the one who acted. Name the "
                                    "agent's actions."
                                ),
                            },
                            {
                                "text": "“She made a bad choice.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this blames her. The person who deceived her is "
                                    "responsible."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are steps for rewriting hurtful words? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The four steps are: put the person first, put responsibility where "
                            "it belongs, show strength, and give choice."
                        ),
                        "options": [
                            {
                                "text": "Put the person first",
                                "correct": True,
                                "feedback": "Yes. She is a person before any event.",
                            },
                            {
                                "text": "Show strength",
                                "correct": True,
                                "feedback": "Yes. Mention what she did, learned or built.",
                            },
                            {
                                "text": "Give choice",
                                "correct": True,
                                "feedback": "Yes. Ask and invite rather than demand.",
                            },
                            {
                                "text": "Add more detail about what happened to her",
                                "correct": False,
                                "feedback": (
                                    "Not yet - extra detail can expose her and is not needed. "
                                    "Keep the focus on her as a person."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Under Indian law, does trafficking stop being trafficking if the "
                            "person seemed to agree to go?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "In trafficking, the person's apparent agreement does not matter. "
                            "The trafficker is responsible."
                        ),
                        "options": [
                            {
                                "text": "No. It is still trafficking, and the trafficker is responsible",
                                "correct": True,
                                "feedback": "Yes. Her apparent agreement does not change the crime.",
                            },
                            {
                                "text": "Yes. If she agreed, it is not trafficking",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the law says her agreement does not matter. "
                                    "This is why “she went willingly” is a blaming phrase."
                                ),
                            },
                            {
                                "text": "Only if she is under 18",
                                "correct": False,
                                "feedback": (
                                    "Not yet - for adults too, seeming to agree does not make "
                                    "it anything other than trafficking."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "You say something hurtful by mistake. What is best?",
                        "kind": "single",
                        "explanation": (
                            "Everyone slips. A short, simple correction repairs trust without "
                            "making the moment about you."
                        ),
                        "options": [
                            {
                                "text": "Notice, and correct yourself simply: “Sorry, let me say that better.”",
                                "correct": True,
                                "feedback": "Yes. It is honest, quick and respectful.",
                            },
                            {
                                "text": "Pretend it did not happen",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she probably heard it. A simple correction "
                                    "shows you care."
                                ),
                            },
                            {
                                "text": "Explain at length why you meant well",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a long explanation turns the focus onto you. "
                                    "Keep it short and move on."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 5
        {
            "slug": "m1-culture-caste-gender",
            "title": "Culture, caste and gender",
            "estimated_minutes": 40,
            "objectives": [
                "Describe how caste, gender and poverty can raise the risk of being trafficked",
                "Spot two signs of caste or gender discrimination in a group and act on them",
                "Ask about a person's customs and needs without assuming",
                "Name one of your own beliefs that could affect how you mentor",
            ],
            "lessons": [
                {
                    "slug": "m1-culture-and-respect",
                    "title": "Culture and respect",
                    "estimated_minutes": 11,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Culture is the way a community lives: its language, food, "
                            "festivals, faith, family ways and ideas about how people should "
                            "behave. Culture can be a great source of strength. Songs, prayer, "
                            "festivals and family can all help people heal.</p>"
                            "<p>Culture can also bring pressure. A survivor may worry about what "
                            "neighbours will say, about marriage, or about “family honour”. She "
                            "may carry shame that belongs to others, not to her.</p>"
                            "<h3>Ask, do not assume</h3>"
                            "<p>You cannot know someone's culture from her name, her clothes or "
                            "her state. Two women from the same village may pray differently, "
                            "eat differently and hope for different things. So ask gently, and "
                            "only about what matters for your work together:</p>"
                            "<ul>"
                            "<li>“Is there a time of day that is easier or harder for you to "
                            "meet?”</li>"
                            "<li>“Are there festivals or fasting days I should plan "
                            "around?”</li>"
                            "<li>“Which language would you like us to use?”</li>"
                            "</ul>"
                            "<h3>Bring culture in as a strength</h3>"
                            "<p>Salma's collective in West Bengal opens each meeting with a song "
                            "the members chose together. A group in Chhattisgarh uses a local "
                            "folk tale to talk about courage. Ask members what gives them "
                            "comfort and pride, and make space for it.</p>"
                            "<p>Respect also means not pressing your own customs on others. Do "
                            "not push anyone to pray, to fast, to dress a certain way, or to "
                            "return to a family because of your beliefs. Her life, her "
                            "choice.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Learn from the members",
                                "text": (
                                    "Invite members to teach you a word, a song or a dish from "
                                    "their home. It shows respect and shares power."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-caste-and-power",
                    "title": "Caste and power",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about caste discrimination and how it "
                                    "links to the risk of trafficking. No harm is described in "
                                    "detail."
                                ),
                                "summary": (
                                    "Caste still shapes how people are treated in India. "
                                    "Poverty, discrimination and lack of land or work can make "
                                    "some communities easier targets for traffickers. As a "
                                    "mentor, you never ask about caste, and you calmly stop any "
                                    "unfair treatment in your group."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Caste is a system that ranks people by birth. The Constitution "
                            "of India abolished untouchability, and caste discrimination is "
                            "against the law. Still, caste affects many lives: who gets land, "
                            "work, water, schooling and respect.</p>"
                            "<p>Traffickers look for people who are poor, in debt, far from "
                            "help, or treated as less important. Caste discrimination can push "
                            "families into exactly these situations. So can living in an Adivasi "
                            "community with little land or paid work. This is not because of "
                            "anything these families did. It is because of unfair treatment by "
                            "others.</p>"
                            "<h3>What this means for you</h3>"
                            "<ul>"
                            "<li><strong>Never ask about caste.</strong> You do not need to know "
                            "it. Our records have no place for it, on purpose.</li>"
                            "<li><strong>Watch for unfair treatment.</strong> Separate seats, "
                            "separate cups, jokes about surnames or food, or leaving some people "
                            "out of tasks. Stop it calmly and firmly: “In this collective, "
                            "everyone sits together and shares.”</li>"
                            "<li><strong>Share roles fairly.</strong> Make sure leading, handling "
                            "money and speaking chances go to everyone, not only to some.</li>"
                            "<li><strong>Check your own habits.</strong> Notice whom you praise, "
                            "whom you listen to, and from whom you expect less.</li>"
                            "</ul>"
                            "<p>A survivor may face caste prejudice again when she returns home, "
                            "on top of stigma about trafficking. Ask what support she wants. If "
                            "she faces discrimination, she can get free legal help through the "
                            "District Legal Services Authority.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Equal on the mat",
                                "text": (
                                    "Everyone at a collective meeting has the same right to "
                                    "speak, to lead and to be heard."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-gender-and-own-beliefs",
                    "title": "Gender, stigma and your own beliefs",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about gender, stigma and the blame "
                                    "survivors may face from others. It does not describe any "
                                    "harm."
                                ),
                                "summary": (
                                    "Women and girls often face gossip and blame after "
                                    "trafficking, while traffickers face little. Men, boys and "
                                    "transgender people are trafficked too, and deserve the "
                                    "same respect. Our own beliefs can shape how we treat "
                                    "people, so it helps to notice them."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Gender shapes what people expect of us. In many places, a girl's "
                            "worth is tied to “honour”, marriage and what people say. After "
                            "trafficking, women and girls often face gossip and blame, while the "
                            "traffickers face little. Some families welcome survivors home. "
                            "Others fear shame and turn away.</p>"
                            "<p>As a mentor, you stand firmly beside the survivor. You never "
                            "suggest that she has brought shame. You can help her think through "
                            "her own choices: whom to tell, where to live, how to answer "
                            "questions. If she wants, you can practise answers together.</p>"
                            "<h3>Men, boys and transgender survivors</h3>"
                            "<p>Men and boys are trafficked too, often into forced labour in "
                            "brick kilns, farms or factories. They may feel they cannot speak, "
                            "because “men must be strong”. Transgender people, including people "
                            "from hijra communities, can face extra danger and rejection. Treat "
                            "every survivor with the same respect. Use the name and the words "
                            "for themselves that each person asks you to use.</p>"
                            "<h3>Your own beliefs</h3>"
                            "<p>We all grow up with ideas about caste, religion, gender, and what "
                            "a “good” woman or man is. Some of these ideas are unfair, and we may "
                            "not even notice them. Being trauma-informed means looking honestly "
                            "at our own beliefs, without shame, and choosing how we want to act "
                            "now.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of one belief you grew up with about women, men, "
                                    "caste or family honour. How might it affect the way you "
                                    "mentor? What would you like to do differently?"
                                ),
                                "hint": (
                                    "Be honest and gentle with yourself. Everyone carries "
                                    "beliefs like these. This note is private unless you choose "
                                    "to share it."
                                ),
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "Why are some communities at higher risk of trafficking?",
                        "kind": "single",
                        "explanation": (
                            "Poverty, debt, discrimination and lack of land or work make some "
                            "communities easier targets. The cause is unfair treatment by "
                            "others."
                        ),
                        "options": [
                            {
                                "text": "Poverty, discrimination and lack of land or work make them easier targets",
                                "correct": True,
                                "feedback": "Yes. Traffickers take advantage of unfair conditions.",
                            },
                            {
                                "text": "Because of something the people themselves did",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this blames the community. Risk comes from "
                                    "unfair treatment and hardship."
                                ),
                            },
                            {
                                "text": "Because traffickers only work in villages",
                                "correct": False,
                                "feedback": (
                                    "Not yet - traffickers work in towns and cities too. They "
                                    "look for people facing hardship."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "In a collective meeting, which could be signs of caste "
                            "discrimination? Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Separate cups, jokes about surnames and leaving some people out of "
                            "tasks are all signs. Stop them calmly and firmly."
                        ),
                        "options": [
                            {
                                "text": "Separate cups for some members",
                                "correct": True,
                                "feedback": "Yes. This is an old form of unfair treatment.",
                            },
                            {
                                "text": "Jokes about certain surnames",
                                "correct": True,
                                "feedback": "Yes. Surnames often point to caste, and the jokes hurt.",
                            },
                            {
                                "text": "Some members always left out of money tasks",
                                "correct": True,
                                "feedback": "Yes. Roles and trust should be shared fairly.",
                            },
                            {
                                "text": "Members choosing a song together",
                                "correct": False,
                                "feedback": (
                                    "Not yet - choosing together is a sign of a healthy, "
                                    "shared group."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Should you ask a mentee which caste she belongs to?",
                        "kind": "single",
                        "explanation": (
                            "You do not need to know someone's caste to support her, and asking "
                            "can cause harm. Our records leave it out on purpose."
                        ),
                        "options": [
                            {
                                "text": "No. You do not need to know it, and asking can cause harm",
                                "correct": True,
                                "feedback": "Yes. Leave caste out of your questions and notes.",
                            },
                            {
                                "text": "Yes, so you can plan better",
                                "correct": False,
                                "feedback": (
                                    "Not yet - good plans come from asking about her needs and "
                                    "wishes, not her caste."
                                ),
                            },
                            {
                                "text": "Only when she is new to the collective",
                                "correct": False,
                                "feedback": (
                                    "Not yet - there is no time when you need to ask. Leave it "
                                    "out always."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A new member's family is worried about “family honour”. What is a "
                            "trauma-informed response?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "The mentor stands beside her and helps her make her own choices, "
                            "without blame or pressure."
                        ),
                        "options": [
                            {
                                "text": "Stand beside her, and help her think through her own choices about whom to tell and what to say",
                                "correct": True,
                                "feedback": "Yes. You support her, and she decides.",
                            },
                            {
                                "text": "Tell her to go home and apologise to her family",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she has nothing to apologise for. The shame "
                                    "belongs to the traffickers."
                                ),
                            },
                            {
                                "text": "Avoid the topic completely, even if she raises it",
                                "correct": False,
                                "feedback": (
                                    "Not yet - if she raises it, she may want support. Listen "
                                    "and help her think it through."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these are true? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "People of every gender are trafficked, and everyone deserves "
                            "respect, including the name they ask for. Asking beats assuming."
                        ),
                        "options": [
                            {
                                "text": "Men and boys are trafficked too",
                                "correct": True,
                                "feedback": "Yes. Often into forced labour, and they deserve the same support.",
                            },
                            {
                                "text": "Use the name a person asks you to use",
                                "correct": True,
                                "feedback": "Yes. This is basic respect.",
                            },
                            {
                                "text": "Asking about customs is better than assuming",
                                "correct": True,
                                "feedback": "Yes. People from one place can live very differently.",
                            },
                            {
                                "text": "Only women can be survivors of trafficking",
                                "correct": False,
                                "feedback": (
                                    "Not yet - men, boys and transgender people are trafficked too."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 6
        {
            "slug": "m1-privacy-consent-identity",
            "title": "Confidentiality, consent and identity protection",
            "estimated_minutes": 40,
            "objectives": [
                "Explain the limits of confidentiality to a mentee in plain words",
                "Name the four parts of real consent: informed, free, specific, and can be taken back",
                "List three details that could identify a survivor",
                "Name one change to your phone habits that protects survivors' identities",
            ],
            "lessons": [
                {
                    "slug": "m1-confidentiality",
                    "title": "Keeping things confidential",
                    "estimated_minutes": 11,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Confidential means kept private. When a mentee tells you "
                            "something, she trusts you to keep it safe. Breaking that trust can "
                            "cause real harm: gossip, danger from traffickers, or trouble at "
                            "home.</p>"
                            "<h3>What confidentiality looks like</h3>"
                            "<ul>"
                            "<li>Do not talk about a mentee's life with other members, friends "
                            "or your own family.</li>"
                            "<li>Discuss your work with her only with your supervisor, and only "
                            "what is needed.</li>"
                            "<li>Keep notes short and factual. Write only what you need to "
                            "support her.</li>"
                            "<li>Never leave notes, or an unlocked phone, where others can see "
                            "them.</li>"
                            "</ul>"
                            "<h3>The limits</h3>"
                            "<p>Confidentiality has limits. If someone is in serious danger, "
                            "such as a risk to her life, or a child being harmed, you may need "
                            "to get help even without her agreement. Tell your mentee about "
                            "these limits at the very start, before she shares anything. Then "
                            "there are no surprises.</p>"
                            "<p>You might say: “What you tell me stays between us and my "
                            "supervisor. The only time I would tell anyone else is if I thought "
                            "you, or someone else such as a child, was in danger. If that "
                            "happens, I will try to talk with you first.”</p>"
                            "<p>On this platform, you see a mentee's progress only if she agrees. "
                            "You never see her private reflections or her survey answers. Every "
                            "time someone views another person's data, it is recorded. This "
                            "protects everyone.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Say the limits first",
                                "text": (
                                    "Explain what you keep private, and when you might need to "
                                    "share, at your first meeting. Say it again whenever it "
                                    "matters."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-real-consent",
                    "title": "Real consent",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Consent means a person agrees to something. But real consent is "
                            "more than a nod or a signature. It has four parts.</p>"
                            "<ol>"
                            "<li><strong>Informed.</strong> She knows what she is agreeing to, "
                            "who will be involved, and what could happen. Explain in her "
                            "language, in plain words.</li>"
                            "<li><strong>Free.</strong> She can say no without losing anything: "
                            "no lost support, no anger, no pressure from the group.</li>"
                            "<li><strong>Specific.</strong> Yes to one thing is not yes to "
                            "everything. Agreeing to a photo is not agreeing to that photo going "
                            "online.</li>"
                            "<li><strong>Can be taken back.</strong> She can change her mind "
                            "later, and you respect it.</li>"
                            "</ol>"
                            "<h3>Consent in everyday mentoring</h3>"
                            "<p>Ask before you share her progress, before you take any photo, "
                            "before you invite her to speak at an event, and before you pass her "
                            "number to anyone. Ask each time, not once for everything.</p>"
                            "<p>For example, Anjali agrees to speak at a district meeting about "
                            "victim compensation. Her mentor explains who will be there, whether "
                            "reporters will come, and that she can stop at any point. The mentor "
                            "also asks, “Would you like to use your own name, another name, or "
                            "no name?” Two days before, Anjali decides not to go. The mentor "
                            "thanks her and finds another way to share the message.</p>"
                            "<p>Watch for pressure. If a mentee says yes quickly because she is "
                            "afraid of letting you down, that is not free consent. Make “no” "
                            "easy to say.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Make no easy",
                                "text": (
                                    "Say, “It is completely fine to say no. Nothing will change "
                                    "in how we support you.” Then show that it is true."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m1-identity-protection",
                    "title": "Protecting identity",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about keeping survivors' identities safe. "
                                    "It mentions the law on sexual offences, but it describes no "
                                    "harm."
                                ),
                                "summary": (
                                    "Never share anything that could identify a survivor "
                                    "without her written permission: not her name, face, "
                                    "village, family details or story. Indian law makes "
                                    "revealing a survivor's identity an offence in many cases. "
                                    "Check your phone and WhatsApp habits so you never share by "
                                    "accident."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>A survivor's identity is more than her name. Many small details "
                            "can point to her: her face, her voice, her village, her school, the "
                            "names of her family members, her workplace, or even a photo of her "
                            "house. Put two or three details together, and people can work out "
                            "who she is.</p>"
                            "<p>If her identity becomes known, she may face stigma, threats from "
                            "traffickers, or problems in court cases. In India, publishing the "
                            "name or identifying details of a survivor of a sexual offence, "
                            "without her written authorisation, is a crime. The identities of "
                            "children are protected by law too. Our rule is simple: no "
                            "survivor's identity is made public without her written permission, "
                            "properly recorded.</p>"
                            "<h3>Everyday habits that protect identity</h3>"
                            "<ul>"
                            "<li>Do not post photos of members on WhatsApp, Facebook or status "
                            "updates, even happy ones, without asking each person.</li>"
                            "<li>In photos for reports, show hands, backs or objects, not faces, "
                            "unless each person has agreed in writing.</li>"
                            "<li>Use first names or other names in messages. Never add a "
                            "survivor to a group chat without asking her.</li>"
                            "<li>Lock your phone. Delete messages with private details once you "
                            "no longer need them.</li>"
                            "<li>If a reporter, official or visitor asks for names or stories, "
                            "say you must ask the survivor first. Then truly ask her, in "
                            "private.</li>"
                            "</ul>"
                            "<p>Some survivors choose to speak in public under their own name. "
                            "That is their right, and it can be powerful. Your job is to make "
                            "sure the choice is really theirs, and fully informed.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Look at your own phone habits: photos, WhatsApp groups, "
                                    "contact names and status updates. Note one thing you could "
                                    "change this week to better protect the identities of the "
                                    "people you mentor."
                                ),
                                "hint": (
                                    "For example: turning off automatic photo backup to a "
                                    "shared account, renaming contacts, or checking who is in a "
                                    "group before you post. This note is private unless you "
                                    "choose to share it."
                                ),
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "When should you explain the limits of confidentiality to a mentee?",
                        "kind": "single",
                        "explanation": (
                            "Explaining the limits at the start means there are no surprises "
                            "later, and she can choose what to share."
                        ),
                        "options": [
                            {
                                "text": "At the start, before she shares anything",
                                "correct": True,
                                "feedback": "Yes. She can then decide what to share, knowing the limits.",
                            },
                            {
                                "text": "Only when you need to pass something on",
                                "correct": False,
                                "feedback": (
                                    "Not yet - by then it would come as a shock. Explain the "
                                    "limits at the start."
                                ),
                            },
                            {
                                "text": "At the end of the mentoring",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she needs to know the limits before she shares, "
                                    "not after."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are parts of real consent? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Real consent is informed, free, specific, and can be taken back at "
                            "any time."
                        ),
                        "options": [
                            {
                                "text": "Informed",
                                "correct": True,
                                "feedback": "Yes. She knows what she is agreeing to.",
                            },
                            {
                                "text": "Free",
                                "correct": True,
                                "feedback": "Yes. She can say no without losing anything.",
                            },
                            {
                                "text": "Specific",
                                "correct": True,
                                "feedback": "Yes. Yes to one thing is not yes to everything.",
                            },
                            {
                                "text": "Can be taken back",
                                "correct": True,
                                "feedback": "Yes. She can change her mind later.",
                            },
                            {
                                "text": "Given once, for everything, for ever",
                                "correct": False,
                                "feedback": (
                                    "Not yet - consent is asked each time, for each thing, and "
                                    "can be withdrawn."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which details could identify a survivor? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Faces, places and family names can all point to a person. Group "
                            "totals do not."
                        ),
                        "options": [
                            {
                                "text": "Her face in a photo",
                                "correct": True,
                                "feedback": "Yes. A face is one of the clearest identifiers.",
                            },
                            {
                                "text": "The name of her village",
                                "correct": True,
                                "feedback": "Yes. Along with other details, it can point to her.",
                            },
                            {
                                "text": "The names of her family members",
                                "correct": True,
                                "feedback": "Yes. Family names can lead straight to her.",
                            },
                            {
                                "text": "The number of members who came to a district meeting",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a total like this does not point to any one person."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A reporter asks you for the names of members who were trafficked. "
                            "What do you do?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Names are never shared without the survivor's own written "
                            "permission. You can ask members privately whether anyone wishes to "
                            "speak."
                        ),
                        "options": [
                            {
                                "text": "Say you cannot share names, and that you will ask members privately if anyone wishes to speak",
                                "correct": True,
                                "feedback": "Yes. This protects identities and leaves the choice with each survivor.",
                            },
                            {
                                "text": "Share first names only",
                                "correct": False,
                                "feedback": (
                                    "Not yet - even a first name, with other details, can "
                                    "identify someone. Ask the survivor first."
                                ),
                            },
                            {
                                "text": "Give the names of members who have spoken at events before",
                                "correct": False,
                                "feedback": (
                                    "Not yet - speaking once is not consent for every time. "
                                    "Ask each person again."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Rekha agreed to a group photo last month. Today a donor wants to "
                            "post it on social media. What now?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Consent is specific: agreeing to a photo is not agreeing to it "
                            "going online. Ask each person again."
                        ),
                        "options": [
                            {
                                "text": "Ask Rekha and everyone in the photo again, in private",
                                "correct": True,
                                "feedback": "Yes. A new use needs a new yes from each person.",
                            },
                            {
                                "text": "Post it, because she already agreed",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she agreed to a photo, not to it being posted "
                                    "online."
                                ),
                            },
                            {
                                "text": "Blur the faces and post it without asking",
                                "correct": False,
                                "feedback": (
                                    "Not yet - blurring helps, but clothes and places can still "
                                    "identify people. They should still choose."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
