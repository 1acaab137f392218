"""M4 Caring for the helper (mentors, about three hours).

Four modules: the vicarious trauma spectrum through to vicarious resilience; a private
self-check; a personal self-care and safety plan; and supervision, peer support,
lived-experience mentors and stepping back. The teaching text is original to this project.
"""

COURSE = {
    "code": "M4",
    "slug": "caring-for-the-helper",
    "title": "Caring for the helper",
    "summary": (
        "Helping others through hard times can weigh on you, and it can also make you "
        "stronger. Learn to notice how the work affects you, check in with yourself in "
        "private, make a self-care and safety plan that fits your life, and use supervision "
        "and peer support. Stepping back when you need to is part of doing this work well."
    ),
    "audience": "mentor",
    "estimated_minutes": 180,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "m4-vicarious-trauma-spectrum",
            "title": "From stress to vicarious resilience",
            "estimated_minutes": 45,
            "objectives": [
                "Name the five points on the spectrum: work stress, compassion fatigue, burnout, secondary traumatic stress and vicarious trauma",
                "List two early signs in each area: body, feelings, thoughts and actions",
                "Describe vicarious resilience with one example from your own work",
            ],
            "lessons": [
                {
                    "slug": "m4-what-helpers-carry",
                    "title": "What helpers carry",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains how hearing about other people's hard "
                                    "experiences can affect helpers. It names common reactions, "
                                    "with no details of anyone's experience."
                                ),
                                "summary": (
                                    "Hearing about hard experiences again and again affects "
                                    "helpers. This is a normal human response, not a weakness. The "
                                    "effects range from everyday stress to deep changes in how we "
                                    "see the world, and people move up and down this range."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>When you support survivors, you hear about pain, fear and "
                                "injustice. You also carry worries home: Will she be safe? Will the "
                                "money come? Over time, this can affect your body, your mood and the "
                                "way you see the world. This does not mean you are weak, or that "
                                "this work is not for you. It is what happens to caring people who are close to "
                                "suffering.</p>"
                                "<p>It helps to think of a <strong>spectrum</strong>, a range from "
                                "light to heavy. Naming where you are makes it easier to act.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>The spectrum</h3>"
                                "<ul>"
                                "<li><strong>Everyday work stress:</strong> tired and busy, but a "
                                "good rest helps.</li>"
                                "<li><strong>Compassion fatigue:</strong> caring starts to feel "
                                "heavy. You have less patience, or you feel numb.</li>"
                                "<li><strong>Burnout:</strong> worn out by too much work, too little "
                                "support and slow systems. You feel drained and think 'nothing ever "
                                "changes'.</li>"
                                "<li><strong>Secondary traumatic stress:</strong> you react as if "
                                "you had lived through what you heard. Pictures come into your mind, "
                                "you feel jumpy, or you have bad dreams.</li>"
                                "<li><strong>Vicarious trauma:</strong> a slow, deep change in how "
                                "you see people and the world. You may feel nobody can be trusted, "
                                "or lose hope or faith.</li>"
                                "</ul>"
                                "<p>People move up and down this range, and can be in more than one "
                                "place at once. With support, people do move back towards feeling "
                                "well.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Not a weakness",
                                "text": (
                                    "Being affected by this work shows that you care. Noticing it "
                                    "early is a skill, like any other."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-signs-to-notice",
                    "title": "Signs to notice early",
                    "estimated_minutes": 14,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>The earlier you notice, the easier it is to recover. Signs "
                                "usually show up in four places.</p>"
                                "<ul>"
                                "<li><strong>Body:</strong> headaches, a tight neck or shoulders, "
                                "stomach trouble, sleeping too little or too much, eating "
                                "differently.</li>"
                                "<li><strong>Feelings:</strong> snapping at people, sadness, guilt, "
                                "feeling numb or flat, crying more easily.</li>"
                                "<li><strong>Thoughts:</strong> a mentee's situation keeps playing in "
                                "your mind; 'it is all up to me'; 'nothing I do matters'.</li>"
                                "<li><strong>Actions:</strong> avoiding calls, working late every "
                                "day, pulling away from family and friends, more tea, tobacco or "
                                "alcohol than usual.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p>Here is an example. Anjali is a mentor in Andhra Pradesh. For "
                                "weeks she checked her phone at night in case a mentee called. She "
                                "began snapping at her children and skipping the Sunday visit to her "
                                "mother. She told herself she was just busy. In supervision, her "
                                "supervisor gently asked how she was sleeping. Anjali realised the "
                                "signs had been there for a while. Together they agreed on phone-free "
                                "hours and moved two mentees to another mentor for a time.</p>"
                                "<p>Often other people see our signs before we do. It can help to "
                                "ask someone you trust: 'Have you noticed any change in me "
                                "lately?'</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Which of these can be early signs of the work affecting you? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Signs show up in the body, feelings, thoughts and "
                                            "actions. Noticing them early makes recovery easier."
                                        ),
                                        "options": [
                                            {
                                                "text": "Snapping at your family more than usual",
                                                "correct": True,
                                                "feedback": "Yes. Irritability is a common feeling sign.",
                                            },
                                            {
                                                "text": "A mentee's situation playing in your mind at night",
                                                "correct": True,
                                                "feedback": "Yes. This is a common thought sign.",
                                            },
                                            {
                                                "text": "Avoiding calls you used to answer",
                                                "correct": True,
                                                "feedback": "Yes. Avoiding is a common action sign.",
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Anjali says, 'I'm just busy.' What helped her notice the signs?",
                                        "kind": "single",
                                        "explanation": (
                                            "Other people often see our signs before we do. A kind "
                                            "question in supervision helped Anjali."
                                        ),
                                        "options": [
                                            {
                                                "text": "Working even harder",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - working harder often hides the signs "
                                                    "rather than easing them."
                                                ),
                                            },
                                            {
                                                "text": "A gentle question from her supervisor",
                                                "correct": True,
                                                "feedback": "Yes. Supervision gave her space to notice and act.",
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-vicarious-resilience",
                    "title": "Vicarious resilience: the other side",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>This work does not only take from you. It can also give. "
                                "<strong>Vicarious resilience</strong> means being strengthened by "
                                "seeing how survivors cope and rebuild. You watch a woman who once "
                                "would not speak lead a meeting, and something in you grows too. Your "
                                "own troubles may feel lighter. You may feel more hope, more patience "
                                "and more purpose.</p>"
                                "<p>A close cousin is <strong>compassion satisfaction</strong>: the "
                                "good feeling of doing work that matters, and doing it well.</p>"
                                "<p>Lakshmi has mentored for six years in West Bengal. Some years "
                                "felt heavy. But when her collective helped ten members claim victim "
                                "compensation, she said: 'I learned from them that you can keep "
                                "going even when the door stays shut. I use that in my own "
                                "life.'</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Ways to notice the good</h3>"
                                "<ul>"
                                "<li>Keep a short note, or a voice note, of small good moments each "
                                "week.</li>"
                                "<li>Celebrate the collective's wins together, with tea or a "
                                "song.</li>"
                                "<li>In supervision, share what went well as well as what was "
                                "hard, without names or details that could identify anyone.</li>"
                                "<li>Notice what you have learned from the women you support.</li>"
                                "</ul>"
                                "<p>Noticing the good does not mean ignoring the hard. Both are real, "
                                "and both deserve space.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "What is one thing you have learned from a survivor's courage "
                                    "or skill that you now use in your own life?"
                                ),
                                "hint": "Private to you. A few words or a voice note is enough.",
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "Pictures from a mentee's account keep coming into your mind and you feel jumpy. Where is this on the spectrum?",
                        "kind": "single",
                        "explanation": (
                            "Secondary traumatic stress means reacting as if you had lived "
                            "through what you heard: images, jumpiness, bad dreams."
                        ),
                        "options": [
                            {
                                "text": "Everyday work stress",
                                "correct": False,
                                "feedback": (
                                    "Not yet - everyday stress eases with rest. Images and "
                                    "jumpiness point to something more."
                                ),
                            },
                            {
                                "text": "Secondary traumatic stress",
                                "correct": True,
                                "feedback": "Yes. These are typical signs. Talk to your supervisor soon.",
                            },
                            {
                                "text": "Compassion satisfaction",
                                "correct": False,
                                "feedback": (
                                    "Not yet - compassion satisfaction is the good feeling of "
                                    "doing meaningful work."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which describes burnout?",
                        "kind": "single",
                        "explanation": (
                            "Burnout comes from too much work, too little support and slow "
                            "systems. People feel drained and think nothing changes."
                        ),
                        "options": [
                            {
                                "text": "Feeling drained by heavy workload and slow systems, and thinking 'nothing ever changes'",
                                "correct": True,
                                "feedback": "Yes. Burnout is often about the job conditions, not only the stories.",
                            },
                            {
                                "text": "Feeling stronger after seeing a survivor lead a meeting",
                                "correct": False,
                                "feedback": "Not yet - that is vicarious resilience.",
                            },
                            {
                                "text": "Feeling tired after one busy day",
                                "correct": False,
                                "feedback": "Not yet - that is everyday work stress, and rest helps.",
                            },
                        ],
                    },
                    {
                        "prompt": "Which statements are true about the spectrum? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Being affected is a normal response. People move up and down the "
                            "range, and support helps them move back towards feeling well."
                        ),
                        "options": [
                            {
                                "text": "Being affected is a normal response to this work.",
                                "correct": True,
                                "feedback": "Yes. It shows you care; it is not a weakness.",
                            },
                            {
                                "text": "Once you reach vicarious trauma, there is no way back.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - with support and change, people do recover and "
                                    "feel well again."
                                ),
                            },
                            {
                                "text": "A person can be in more than one place at once.",
                                "correct": True,
                                "feedback": "Yes. For example, burnout and compassion fatigue often come together.",
                            },
                        ],
                    },
                    {
                        "prompt": "What is vicarious resilience?",
                        "kind": "single",
                        "explanation": (
                            "Vicarious resilience means being strengthened by seeing how "
                            "survivors cope and rebuild."
                        ),
                        "options": [
                            {
                                "text": "Never being affected by the work",
                                "correct": False,
                                "feedback": (
                                    "Not yet - resilient helpers are still affected. They also "
                                    "draw strength from what they see."
                                ),
                            },
                            {
                                "text": "Being strengthened by seeing survivors cope and rebuild",
                                "correct": True,
                                "feedback": "Yes. Like Lakshmi, you can learn from survivors' courage.",
                            },
                            {
                                "text": "Hiding your feelings so you can keep working",
                                "correct": False,
                                "feedback": "Not yet - hiding feelings usually makes things heavier.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "m4-private-self-check",
            "title": "A private self-check",
            "estimated_minutes": 45,
            "objectives": [
                "Complete the private self-check in your own words",
                "Place yourself on the traffic light: green, amber or red",
                "Name the action that fits each colour, including who to call when red",
            ],
            "lessons": [
                {
                    "slug": "m4-why-check-in",
                    "title": "Why check in with yourself",
                    "estimated_minutes": 15,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson mentions thoughts of self-harm, calmly and "
                                    "briefly, and where to get help."
                                ),
                                "summary": (
                                    "A regular self-check helps you notice changes early. Use a "
                                    "traffic light: green means keep going, amber means act soon, "
                                    "red means get help now. If you have thoughts of harming "
                                    "yourself, call Tele-MANAS 14416, or 112 in an emergency."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Before a long bus journey, you check your phone battery. A "
                                "self-check is the same idea. Once a week or once a month, you stop "
                                "and look at how you are really doing. Small changes are easier to "
                                "spot when you check often.</p>"
                                "<p>Choose a regular time, such as Sunday evening or the first day "
                                "of each month. It takes about ten minutes.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>The traffic light</h3>"
                                "<ul>"
                                "<li><strong>Green:</strong> you mostly sleep well, enjoy some "
                                "things, and can leave work behind at the end of the day. Keep doing "
                                "what helps.</li>"
                                "<li><strong>Amber:</strong> some signs have lasted two weeks or "
                                "more, such as poor sleep, snapping at people, or mentees' worries "
                                "following you home. Act soon: use your self-care plan, talk to your "
                                "supervisor, and look at your workload.</li>"
                                "<li><strong>Red:</strong> the signs get in the way of daily life, "
                                "you feel hopeless, you rely on alcohol or pills to cope, or you have "
                                "thoughts of harming yourself. Get help now. Call Tele-MANAS on "
                                "14416, any time of day or night. Tell your supervisor or someone you "
                                "trust. In an emergency, call 112.</li>"
                                "</ul>"
                                "<p>Being amber or red is not a weakness and not a mark against you. "
                                "It is useful information, and it means it is time for care.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Set a reminder",
                                "text": (
                                    "Pick a day for your self-check and set a quiet reminder on "
                                    "your phone with a neutral name, such as 'tea break'."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-your-self-check",
                    "title": "Your private self-check",
                    "estimated_minutes": 25,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This self-check asks how you are feeling, including one "
                                    "question about very low moods. You can skip any question."
                                ),
                                "summary": (
                                    "Answer a few private questions about your sleep, body, "
                                    "feelings, thoughts and joy, then choose a traffic light colour. "
                                    "Nobody else sees your answers. If you are red, call Tele-MANAS "
                                    "14416 or tell someone you trust today."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p><strong>This check is private.</strong> Nobody else sees your "
                                "answers: not your supervisor, not your mentees, and not the "
                                "organisation. There is no score, and nothing here affects your "
                                "certificate. You can skip any question. You can write, draw or "
                                "record a voice note, whatever is easiest.</p>"
                                "<p>Answer honestly. There is no good or bad answer, only what is "
                                "true for you this week. Take your time, and take a break if you "
                                "need one.</p>"
                                "<p>Find a quiet moment and a private place, if you can. If someone "
                                "else uses your phone, you may prefer to think the answers in your "
                                "head, or write them on paper and keep it safe.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Body: How have you been sleeping and eating lately? Where in your body do you feel tension?",
                                "hint": "Think about the last two weeks.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Feelings: What feelings have been with you most this week? Have you felt numb, irritable or tearful?",
                                "hint": "Any feeling is allowed here.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Work thoughts: Do thoughts about mentees follow you home or into the night? Do you feel it is all up to you?",
                                "hint": "Notice without judging yourself.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Joy and connection: What gave you joy or calm this week? Who did you feel close to?",
                                "hint": "Even one small moment counts.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Very low moods: Have you had thoughts that life is not worth living, or of harming yourself?",
                                "hint": (
                                    "If yes, please call Tele-MANAS 14416 today, or 112 if you are "
                                    "in danger now. You deserve support."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<h3>Reading your answers</h3>"
                                "<p>Look back over what you wrote. If most answers feel steady, you "
                                "are probably green: keep doing what helps. If some hard signs have "
                                "lasted two weeks or more, you may be amber: choose one step from "
                                "your self-care plan and book time with your supervisor. If the "
                                "signs stop you living your daily life, or you have thoughts of "
                                "harming yourself, you are red: get help today.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "My colour today is green, amber or red. One thing I will do this week for myself is...",
                                "hint": "Keep it small and doable, like an early night or a call to a friend.",
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "Who can see the answers in your private self-check?",
                        "kind": "single",
                        "explanation": (
                            "The self-check is private. Nobody else sees it, and it has no score."
                        ),
                        "options": [
                            {
                                "text": "Your supervisor",
                                "correct": False,
                                "feedback": "Not yet - your supervisor does not see your self-check.",
                            },
                            {
                                "text": "Only you",
                                "correct": True,
                                "feedback": "Yes. The self-check is for you alone.",
                            },
                            {
                                "text": "The whole organisation",
                                "correct": False,
                                "feedback": "Not yet - the organisation does not see your answers.",
                            },
                        ],
                    },
                    {
                        "prompt": "For three weeks you have slept badly and snapped at your children. What colour is this, and what fits?",
                        "kind": "single",
                        "explanation": (
                            "Signs lasting two weeks or more are amber: act soon with your "
                            "self-care plan and your supervisor."
                        ),
                        "options": [
                            {
                                "text": "Green: carry on as usual",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these signs have lasted a while. It is time to act."
                                ),
                            },
                            {
                                "text": "Amber: use your plan and talk to your supervisor soon",
                                "correct": True,
                                "feedback": "Yes. Acting at amber often stops things getting heavier.",
                            },
                            {
                                "text": "Nothing to do, because everyone is tired sometimes",
                                "correct": False,
                                "feedback": (
                                    "Not yet - tiredness is common, but three weeks of signs "
                                    "deserves care."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are red-light signs that mean 'get help now'? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Red means the signs get in the way of daily life, or there are "
                            "thoughts of self-harm, or reliance on alcohol or pills to cope."
                        ),
                        "options": [
                            {
                                "text": "Thoughts of harming yourself",
                                "correct": True,
                                "feedback": "Yes. Call Tele-MANAS 14416 or tell someone today.",
                            },
                            {
                                "text": "Relying on alcohol or pills to get through the day",
                                "correct": True,
                                "feedback": "Yes. This is a sign to get support now.",
                            },
                            {
                                "text": "Feeling tired after a long meeting",
                                "correct": False,
                                "feedback": "Not yet - that is normal tiredness, and rest usually helps.",
                            },
                        ],
                    },
                    {
                        "prompt": "Which number can you call any time, day or night, for mental health support?",
                        "kind": "single",
                        "explanation": (
                            "Tele-MANAS, 14416, is the national mental health helpline and "
                            "answers at all hours."
                        ),
                        "options": [
                            {
                                "text": "14416 (Tele-MANAS)",
                                "correct": True,
                                "feedback": "Yes. Tele-MANAS answers day and night.",
                            },
                            {
                                "text": "1930",
                                "correct": False,
                                "feedback": "Not yet - 1930 is the cyber-crime helpline.",
                            },
                            {
                                "text": "1098",
                                "correct": False,
                                "feedback": "Not yet - 1098 is Childline, for children in need.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "m4-self-care-safety-plan",
            "title": "Your self-care and safety plan",
            "estimated_minutes": 45,
            "objectives": [
                "Name one self-care action in each area: body, mind, connection and meaning",
                "Write a personal plan with warning signs, helpers and help numbers",
                "List three steps that keep you physically safe on field visits",
                "Choose when you will review your plan",
            ],
            "lessons": [
                {
                    "slug": "m4-self-care-real-life",
                    "title": "Self-care that fits real life",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Self-care is not a luxury, and it does not need money. It is the "
                                "small, regular things that keep you well enough to keep caring. Think "
                                "of four areas:</p>"
                                "<ul>"
                                "<li><strong>Body:</strong> sleep, regular meals, water, a walk, a "
                                "few slow breaths.</li>"
                                "<li><strong>Mind:</strong> short breaks, less bad news on the phone, "
                                "learning something you enjoy.</li>"
                                "<li><strong>Connection:</strong> time with family, friends, your "
                                "faith community, or other mentors.</li>"
                                "<li><strong>Meaning:</strong> remembering why you do this work, and "
                                "celebrating small wins.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Leaving work at work</h3>"
                                "<p>A small ritual at the end of the day tells your mind that work is "
                                "over. Wash your face and hands. Change your clothes. Walk the long way "
                                "home. Say quietly, 'I have done what I can today.' Rekha sits on her "
                                "roof with a cup of tea for ten minutes before she goes inside to her "
                                "family.</p>"
                                "<p>Agree phone-free hours, and share helpline numbers so mentees have "
                                "help at those times. Write any work notes in the secure place your "
                                "organisation gives you, then close it.</p>"
                                "<p>Many women mentors also carry most of the housework and care at "
                                "home. Self-care can include asking for help there, or saying no to "
                                "one extra task. That is not selfish. It keeps you able to care for "
                                "everyone, including yourself.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try this today",
                                "text": (
                                    "Pick one small end-of-day ritual and try it for one week."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-building-your-plan",
                    "title": "Building your plan",
                    "estimated_minutes": 16,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson mentions threats some mentors may face during field "
                                    "work, and how to stay safe. There are no frightening details."
                                ),
                                "summary": (
                                    "Your plan has two parts. Emotional safety: your warning signs, "
                                    "what helps, who to talk to, and help numbers. Physical safety: "
                                    "tell someone where you are going, meet in safe places, keep your "
                                    "phone charged, and leave and report if you feel threatened."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>A plan written on a calm day helps on a hard day, when it is "
                                "difficult to think clearly. Your plan is private. You choose whether "
                                "to share any of it. Keep it short and in your own words. A few lines "
                                "you will really read are better than pages you will not.</p>"
                                "<h3>Part one: emotional safety</h3>"
                                "<p>Write down your own warning signs, the things that help you, the "
                                "people you can talk to, and where to get more help, such as your "
                                "supervisor, a doctor, or Tele-MANAS 14416. Add what you will reduce "
                                "when you are amber, for example taking no new mentees for a "
                                "month.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Part two: physical safety</h3>"
                                "<ul>"
                                "<li>Tell a colleague where you are going and when you will be "
                                "back.</li>"
                                "<li>Visit new or remote places in pairs.</li>"
                                "<li>Meet in public places or at the office when you can.</li>"
                                "<li>Keep your phone charged, with some balance.</li>"
                                "<li>If anyone threatens you or a mentee, leave calmly, call 112 if "
                                "you are in danger, and tell your supervisor the same day.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "My warning signs are... The things that help me are...",
                                "hint": "Use what you noticed in your self-check.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "People I can talk to, and the help numbers I will keep close, are...",
                                "hint": "Include at least one person and one helpline, such as Tele-MANAS 14416.",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "To stay physically safe on visits, I will...",
                                "hint": "Choose two or three steps from the list that fit your work.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-keeping-plan-alive",
                    "title": "Keeping your plan alive",
                    "estimated_minutes": 12,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>A plan only helps if you use it. Keep a copy somewhere private "
                                "that you can reach quickly: on paper in a safe place, or in a "
                                "locked note on your phone. If your phone is shared, choose the "
                                "paper.</p>"
                                "<p>Look at your plan once a month, and after any very hard week. "
                                "Change it when your life changes: a new job, a new baby, a move, an "
                                "illness. If you want, share one part with someone you trust, so "
                                "they can remind you.</p>"
                                "<h3>When you hear yourself say...</h3>"
                                "<ul>"
                                "<li>'I don't have time.' Start with two minutes: three slow breaths "
                                "and a glass of water.</li>"
                                "<li>'Others need me more.' You cannot pour from an empty pot. "
                                "Caring for yourself protects your mentees too.</li>"
                                "<li>'I feel guilty resting.' Rest is part of the work, not a break "
                                "from it.</li>"
                                "</ul>"
                                "<p>Salma, a mentor in Chhattisgarh, keeps her plan folded in her "
                                "prayer book. On the first of every month she reads it, adds one new "
                                "idea, and crosses out what no longer fits.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "When is a good time to look at your plan? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Review it regularly, after hard weeks, and when your "
                                            "life changes."
                                        ),
                                        "options": [
                                            {
                                                "text": "Once a month",
                                                "correct": True,
                                                "feedback": "Yes. A regular day keeps the plan fresh.",
                                            },
                                            {
                                                "text": "After a very hard week",
                                                "correct": True,
                                                "feedback": "Yes. That is when it helps most.",
                                            },
                                            {
                                                "text": "Only when someone asks to see it",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - the plan is for you, and nobody needs "
                                                    "to see it."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Your phone is shared with your family. Where should you keep your plan?",
                                        "kind": "single",
                                        "explanation": (
                                            "On a shared phone, paper in a private place may be "
                                            "safer."
                                        ),
                                        "options": [
                                            {
                                                "text": "On paper, in a private place",
                                                "correct": True,
                                                "feedback": "Yes. Your plan stays private and easy to reach.",
                                            },
                                            {
                                                "text": "In an open note on the shared phone",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - others who use the phone could read it."
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
                        "prompt": "Which of these are self-care? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Self-care is small, regular and often free: body, mind, connection "
                            "and meaning."
                        ),
                        "options": [
                            {
                                "text": "Ten minutes of tea on the roof before going inside",
                                "correct": True,
                                "feedback": "Yes. A small ritual helps you leave work at work.",
                            },
                            {
                                "text": "Asking a family member to share the cooking",
                                "correct": True,
                                "feedback": "Yes. Asking for help at home is self-care too.",
                            },
                            {
                                "text": "Answering mentees' calls at any hour",
                                "correct": False,
                                "feedback": (
                                    "Not yet - agree phone-free hours and share helplines for "
                                    "those times."
                                ),
                            },
                            {
                                "text": "Celebrating a small win with the collective",
                                "correct": True,
                                "feedback": "Yes. This feeds the meaning in your work.",
                            },
                        ],
                    },
                    {
                        "prompt": "What belongs in the emotional part of your plan? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Your warning signs, what helps, people to talk to, help numbers, and "
                            "what you will reduce when amber."
                        ),
                        "options": [
                            {
                                "text": "Your own warning signs",
                                "correct": True,
                                "feedback": "Yes. They tell you when to use the plan.",
                            },
                            {
                                "text": "People you can talk to",
                                "correct": True,
                                "feedback": "Yes. Nobody should carry this work alone.",
                            },
                            {
                                "text": "Your mentees' phone numbers",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the plan is about you. Mentees' details stay in "
                                    "the secure place your organisation gives you."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "You are going to visit a mentee in a village you do not know. What is a safe step?",
                        "kind": "single",
                        "explanation": (
                            "Telling someone where you are going and when you will be back means "
                            "someone will notice if you do not come back on time."
                        ),
                        "options": [
                            {
                                "text": "Tell a colleague where you are going and when you will be back.",
                                "correct": True,
                                "feedback": "Yes. Someone knows where you are.",
                            },
                            {
                                "text": "Go alone without telling anyone, to protect the mentee's privacy.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you can keep her details private and still tell a "
                                    "colleague your plans."
                                ),
                            },
                            {
                                "text": "Let your phone battery run low to save time charging.",
                                "correct": False,
                                "feedback": "Not yet - a charged phone is one of your main safety tools.",
                            },
                        ],
                    },
                    {
                        "prompt": "A man at a visit speaks to you in a threatening way. What do you do?",
                        "kind": "single",
                        "explanation": (
                            "Your safety comes first: leave calmly, call 112 if in danger, and "
                            "tell your supervisor the same day."
                        ),
                        "options": [
                            {
                                "text": "Stay and argue until he calms down.",
                                "correct": False,
                                "feedback": "Not yet - this may put you and others at more risk.",
                            },
                            {
                                "text": "Leave calmly, call 112 if you are in danger, and tell your supervisor the same day.",
                                "correct": True,
                                "feedback": "Yes. You protect yourself and make sure the team knows.",
                            },
                            {
                                "text": "Keep quiet about it, so you do not worry anyone.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - your supervisor needs to know, to keep you and "
                                    "others safe."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "m4-supervision-and-peer-support",
            "title": "Supervision, peer support and stepping back",
            "estimated_minutes": 45,
            "objectives": [
                "Prepare for reflective supervision with three questions",
                "Share a hard situation with peers without identifying details or painful specifics",
                "Describe how a lived-experience mentor can protect her own boundaries",
                "Plan a safe handover if you need to step back",
            ],
            "lessons": [
                {
                    "slug": "m4-reflective-supervision",
                    "title": "Using reflective supervision",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p><strong>Reflective supervision</strong> is regular, planned time "
                                "with an experienced supervisor to think about your work and how it "
                                "affects you. It is not an inspection or a test. It is a safe place "
                                "to slow down, think, and get support.</p>"
                                "<p>To become a Certified Peer Mentor, you need at least 20 hours of "
                                "supervised mentoring, including at least six reflective supervision "
                                "sessions. But the real reason to go is that it helps.</p>"
                                "<h3>Preparing in three questions</h3>"
                                "<ol>"
                                "<li>What happened? Choose one situation that stayed with you.</li>"
                                "<li>What did I feel, and what am I still feeling?</li>"
                                "<li>What do I want help with today?</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Protect your mentees</h3>"
                                "<p>Share only what is needed. Use 'a mentee' or a made-up first "
                                "letter instead of her name. Leave out details that could identify "
                                "her, such as her village or workplace.</p>"
                                "<p>Bring the good news as well as the hard. Talking about what went "
                                "well helps you notice your skills and your growth.</p>"
                                "<p>If supervision does not feel safe or useful, for example if you "
                                "feel judged, you can say so, or talk to your coordinator about "
                                "another supervisor. You deserve support that works.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Keep a small notebook",
                                "text": (
                                    "Note moments you want to bring to supervision, using no names. "
                                    "Then you will not forget them on the day."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-peer-support-circles",
                    "title": "Peer support among mentors",
                    "estimated_minutes": 14,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Other mentors understand this work in a way few people can. "
                                "Meeting with them helps you feel less alone, share ideas, and laugh "
                                "together too.</p>"
                                "<h3>A peer circle</h3>"
                                "<p>A small group of mentors meets once a month, in person or on a "
                                "call. Each person shares one thing that was hard and one thing that "
                                "went well. Others listen, using the same skills you use with "
                                "mentees: attention, silence and reflecting back.</p>"
                                "<h3>Lower the detail</h3>"
                                "<p>When you share a hard situation, talk about its effect on you, "
                                "not the painful details of what happened to a mentee. Say 'I heard "
                                "something very upsetting and I keep thinking about it', rather than "
                                "repeating the account. This protects your peers from carrying the "
                                "same images, and protects your mentee's privacy.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>A buddy</h3>"
                                "<p>Pair up with one other mentor. After a hard visit, send a short "
                                "message: 'Tough day, can you talk for five minutes?' Your buddy "
                                "listens, and you do the same for her.</p>"
                                "<p>Peer support does not replace supervision or professional help. "
                                "If a peer seems red on the traffic light, encourage her to call "
                                "Tele-MANAS 14416 or speak to her supervisor.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "You want to share a hard visit in the peer circle. Which way lowers the detail?",
                                        "kind": "single",
                                        "explanation": (
                                            "Share the effect on you, not the painful details. This "
                                            "protects your peers and your mentee."
                                        ),
                                        "options": [
                                            {
                                                "text": "'I heard something very upsetting today and I can't stop thinking about it.'",
                                                "correct": True,
                                                "feedback": "Yes. Your peers understand without carrying the details.",
                                            },
                                            {
                                                "text": "Describe everything the mentee told you, so they understand.",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this passes the painful images on and "
                                                    "shares her private story."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "What can a buddy do? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "A buddy listens after hard visits and encourages more "
                                            "help when needed. A buddy does not replace professional "
                                            "help."
                                        ),
                                        "options": [
                                            {
                                                "text": "Listen for five minutes after a hard visit",
                                                "correct": True,
                                                "feedback": "Yes. A short, kind listen can help a lot.",
                                            },
                                            {
                                                "text": "Encourage you to call Tele-MANAS 14416 if you seem very low",
                                                "correct": True,
                                                "feedback": "Yes. Knowing when to link to more help is part of peer support.",
                                            },
                                            {
                                                "text": "Take the place of supervision",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - peer support adds to supervision; it "
                                                    "does not replace it."
                                                ),
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "m4-lived-experience-and-stepping-back",
                    "title": "Lived-experience mentors and stepping back",
                    "estimated_minutes": 14,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about mentors who are survivors themselves, "
                                    "how a mentee's situation may stir old memories, and how to "
                                    "step back safely. There are no details of any experience."
                                ),
                                "summary": (
                                    "Many mentors are survivors themselves, and their experience is "
                                    "a great strength. A mentee's situation may sometimes stir old "
                                    "feelings. You choose what you share about yourself. Any mentor "
                                    "can step back for a while or for good, with a kind, planned "
                                    "handover."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Many mentors have lived through trafficking themselves. If this is "
                                "you, your experience brings deep understanding, and shows mentees "
                                "that a full life is possible. That is a great strength.</p>"
                                "<p>Sometimes a mentee's situation may stir up your own memories or "
                                "feelings. That is natural, and it does not mean you are not ready. "
                                "You decide what, if anything, you share about your own life. You can "
                                "ask not to be matched with certain situations. You can ask for extra "
                                "supervision. These are wise choices, not special favours.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Stepping back</h3>"
                                "<p>Any mentor may need to step back at some point: for a week, a few "
                                "months, or for good. Illness, family events, a hard season, or simply "
                                "needing rest are all good reasons. Stepping back is a responsible "
                                "choice.</p>"
                                "<p>Do it with care. Tell your supervisor. Plan who will support your "
                                "mentees. Tell each mentee honestly and simply: 'I need to take a "
                                "break. Meena will be there for you. This is not because of anything "
                                "you did.' Do not just disappear, as that can hurt someone who has "
                                "been let down before. When you return, start with a lighter load "
                                "and build up slowly.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "What would tell you it is time to step back for a while? Who "
                                    "would you tell first, and who could support your mentees?"
                                ),
                                "hint": (
                                    "This is private to you. Thinking about it on a calm day makes "
                                    "it easier if the time ever comes."
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
                        "prompt": "What is reflective supervision?",
                        "kind": "single",
                        "explanation": (
                            "It is regular, planned time with an experienced supervisor to think "
                            "about your work and how it affects you."
                        ),
                        "options": [
                            {
                                "text": "An inspection to check if you are doing your job",
                                "correct": False,
                                "feedback": "Not yet - it is a place for support and thinking, not a test.",
                            },
                            {
                                "text": "Regular time with a supervisor to think about your work and how it affects you",
                                "correct": True,
                                "feedback": "Yes. It helps you grow and stay well.",
                            },
                            {
                                "text": "A meeting only for when something goes badly",
                                "correct": False,
                                "feedback": "Not yet - it is regular, and good news belongs there too.",
                            },
                        ],
                    },
                    {
                        "prompt": "How do you protect a mentee's privacy in supervision? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Share only what is needed, with no name and no details that could "
                            "identify her."
                        ),
                        "options": [
                            {
                                "text": "Say 'a mentee' instead of her name",
                                "correct": True,
                                "feedback": "Yes. The supervisor does not need her name to help you.",
                            },
                            {
                                "text": "Leave out her village and workplace",
                                "correct": True,
                                "feedback": "Yes. These details could identify her.",
                            },
                            {
                                "text": "Show the supervisor her photo",
                                "correct": False,
                                "feedback": "Not yet - a photo identifies her and is never needed.",
                            },
                        ],
                    },
                    {
                        "prompt": "Rekha is a mentor and a survivor. A mentee's situation stirs her own memories. What fits?",
                        "kind": "multiple",
                        "explanation": (
                            "Old feelings can come up, and that is natural. She can ask for "
                            "extra supervision or a different match, and she chooses what to share."
                        ),
                        "options": [
                            {
                                "text": "She asks her supervisor for extra support.",
                                "correct": True,
                                "feedback": "Yes. This is a wise and normal step.",
                            },
                            {
                                "text": "She tells herself she is not fit to mentor.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - being stirred up is natural and does not mean she "
                                    "cannot mentor."
                                ),
                            },
                            {
                                "text": "She asks not to be matched with similar situations for now.",
                                "correct": True,
                                "feedback": "Yes. Protecting her own boundaries is allowed.",
                            },
                            {
                                "text": "She must share her own story so the mentee trusts her.",
                                "correct": False,
                                "feedback": "Not yet - she alone chooses what, if anything, to share.",
                            },
                        ],
                    },
                    {
                        "prompt": "You need to step back for three months. What is the kindest way?",
                        "kind": "single",
                        "explanation": (
                            "Plan a handover with your supervisor and tell each mentee honestly "
                            "and simply. Do not just disappear."
                        ),
                        "options": [
                            {
                                "text": "Stop answering calls so the break is clean.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - disappearing can hurt someone who has been let "
                                    "down before."
                                ),
                            },
                            {
                                "text": "Tell your supervisor, plan who will support your mentees, and tell each mentee simply.",
                                "correct": True,
                                "feedback": "Yes. A planned, honest handover keeps mentees safe and trusting.",
                            },
                            {
                                "text": "Keep working until you cannot go on.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - stepping back early is responsible, and protects "
                                    "you and your mentees."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
