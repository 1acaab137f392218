"""M2 Psychological first aid and crisis response (mentors, about six hours).

Seeded teaching content; the shape is defined and checked by ``schema.py``. All teaching
text is original wording written for this platform (DOMAIN.md section 2, M2).
"""

COURSE = {
    "code": "M2",
    "slug": "psychological-first-aid",
    "title": "Psychological first aid and crisis response",
    "summary": (
        "Learn to give calm, practical first support when someone you mentor is in distress. "
        "You will learn what psychological first aid (PFA) is and is not, how to help without "
        "causing harm, how to build your own local referral map, and how to Look, Listen and "
        "Link. You will learn the eight core actions of PFA, what to do when someone may be "
        "thinking of suicide or self-harm, and how to close a contact and write only what is "
        "needed. The course ends with an escalation role-play that your supervisor watches and "
        "signs off. It takes about six hours, including the role-play with your supervisor and "
        "the time you spend finding your local contacts."
    ),
    "audience": "mentor",
    "estimated_minutes": 360,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "m2-what-pfa-is",
            "title": "What psychological first aid is and is not",
            "estimated_minutes": 35,
            "objectives": [
                "Say in one sentence what psychological first aid (PFA) is",
                "Name three things PFA is not: counselling, therapy and debriefing",
                "Give two examples of moments when a mentor might offer PFA",
            ],
            "lessons": [
                {
                    "slug": "m2-pfa-what-it-is",
                    "title": "Psychological first aid: calm, kind, practical help",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>When a child cuts her hand, you may wash it and cover it before a "
                                "doctor sees it. You do not need to be a doctor to do that. "
                                "<strong>Psychological first aid</strong>, or <strong>PFA</strong>, is "
                                "a little like that. It is first help for a person's mind and heart "
                                "after something very upsetting.</p>"
                                "<p>PFA is simple, human support. You stay calm. You help the person "
                                "feel safer. You ask what she needs right now, and you help her get it. "
                                "You connect her with people and services who can help more. And all "
                                "the time, you respect her choices.</p>"
                                "<h3>Who can give PFA?</h3>"
                                "<p>You do not need a degree. A mentor, a collective leader or a "
                                "trusted neighbour can learn it. What matters is that you are kind, "
                                "you listen well, and you know where to send people for more help.</p>"
                                "<h3>When is PFA used?</h3>"
                                "<p>PFA is for the hours and days soon after a distressing event. For "
                                "the women you mentor, this might be:</p>"
                                "<ul>"
                                "<li>the day she comes back from a long court hearing;</li>"
                                "<li>a visit home where her family would not let her in;</li>"
                                "<li>news that the accused person has been released on bail;</li>"
                                "<li>a sudden wave of fear during a collective meeting.</li>"
                                "</ul>"
                                "<p>Most people slowly feel better with time, rest and support from "
                                "people they trust. PFA helps someone through the hardest moment, and "
                                "connects her with the next step.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Four simple aims",
                                "text": (
                                    "Help her feel safer. Help her feel calmer. Help her feel "
                                    "connected to people and services. Help her feel a little more "
                                    "hopeful and in charge of her own next step."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Think of your own life",
                                "text": (
                                    "Remember a small, everyday time when someone helped you on a hard "
                                    "day. What did they do? Often it was simple: they stayed, they "
                                    "listened, they made tea. That is the spirit of PFA."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-pfa-what-it-is-not",
                    "title": "What PFA is not",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>PFA works because it is simple. Harm can happen when a helper "
                                "tries to do more than PFA is meant to do. Here are three things PFA "
                                "is <strong>not</strong>.</p>"
                                "<h3>PFA is not counselling or therapy</h3>"
                                "<p>Counselling and therapy are longer work with a trained "
                                "professional, over many sessions. In PFA you do not try to treat "
                                "anyone. You do not put a label on her feelings, such as "
                                '"depression" or "trauma". If she needs that kind of help, you link '
                                "her to a counsellor, or to Tele-MANAS on 14416.</p>"
                                "<h3>PFA is not debriefing</h3>"
                                "<p>Some people believe it helps to make a person tell the full story "
                                "of a terrible event, in detail, straight after it happened. This is "
                                "sometimes called psychological debriefing. It can make distress "
                                "worse, not better. In PFA you <strong>never push</strong> anyone to "
                                "talk about what happened. If she wants to talk, you listen. If she "
                                "does not, that is completely fine.</p>"
                                "<h3>PFA is not only talking</h3>"
                                "<p>Often the most helpful thing is practical: a glass of water, a "
                                "quiet place to sit, a call to her sister, or bus fare home. Comfort "
                                "and practical help are PFA too.</p>"
                                "<p>Keeping to these limits is not doing less. It is doing what "
                                "truly helps, and leaving deeper work to the right people.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Let her lead",
                                "text": (
                                    "You might say: \"You don't have to tell me what happened. I am "
                                    'here with you. What would help you most right now?"'
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
                                            "Anjali has just come back from giving her statement in "
                                            "court. She is shaking. What fits PFA best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "PFA offers comfort and lets the person lead. It does not "
                                            "ask for the story and does not give medical labels."
                                        ),
                                        "options": [
                                            {
                                                "text": "Ask her to tell you every question the lawyer asked, in order",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - asking for every detail is like "
                                                    "debriefing and can raise her distress. Let her "
                                                    "choose what to share."
                                                ),
                                            },
                                            {
                                                "text": "Sit with her, offer water, and ask what would help right now",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - this gives comfort and lets her decide what "
                                                    "she needs."
                                                ),
                                            },
                                            {
                                                "text": "Tell her she is showing signs of depression",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - PFA does not diagnose. You can notice "
                                                    "her feelings without giving them a medical name."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which of these are part of PFA? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "PFA is comfort, practical help and links to more help. "
                                            "Longer therapy belongs with trained professionals."
                                        ),
                                        "options": [
                                            {
                                                "text": "Helping her phone a friend she trusts",
                                                "correct": True,
                                                "feedback": "Yes - connecting her with people she trusts is part of PFA.",
                                            },
                                            {
                                                "text": "Finding her a quiet place to sit",
                                                "correct": True,
                                                "feedback": "Yes - comfort and a calm place are part of PFA.",
                                            },
                                            {
                                                "text": "Starting weekly therapy sessions with her yourself",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - therapy is longer work for trained "
                                                    "professionals. You can link her to them."
                                                ),
                                            },
                                            {
                                                "text": "Telling her where she can get more help",
                                                "correct": True,
                                                "feedback": "Yes - linking her to services is part of PFA.",
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
                        "prompt": "What is psychological first aid?",
                        "kind": "single",
                        "explanation": (
                            "PFA is calm, practical, human support soon after a distressing event, "
                            "with links to more help when it is needed."
                        ),
                        "options": [
                            {
                                "text": "Calm, practical, human support for someone in distress, with links to more help",
                                "correct": True,
                                "feedback": "Yes - that is PFA in one sentence.",
                            },
                            {
                                "text": "A kind of therapy that only doctors can give",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA is not therapy, and caring people such as "
                                    "mentors can learn it."
                                ),
                            },
                            {
                                "text": "A way to find out everything that happened to a person",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA never pushes for the story. It focuses on "
                                    "what she needs now."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these are outside PFA? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "PFA is not counselling, not therapy and not debriefing. Water and a "
                            "quiet place are simple comfort, which is PFA."
                        ),
                        "options": [
                            {
                                "text": "Counselling over many sessions",
                                "correct": True,
                                "feedback": "Yes - counselling is longer work with a trained professional.",
                            },
                            {
                                "text": "Asking someone to retell the event in full detail",
                                "correct": True,
                                "feedback": "Yes - that is debriefing, and it can make distress worse.",
                            },
                            {
                                "text": "Offering water and a quiet place to sit",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this is simple comfort, and comfort is a real part "
                                    "of PFA."
                                ),
                            },
                            {
                                "text": "Giving her feelings a medical name",
                                "correct": True,
                                "feedback": "Yes - PFA does not diagnose anyone.",
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Rekha does not want to talk about what happened today. What do you do?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "In PFA the person decides what to share. You can help without "
                            "knowing the story."
                        ),
                        "options": [
                            {
                                "text": "Respect that, stay with her, and ask what would help now",
                                "correct": True,
                                "feedback": "Yes - you respect her choice and still offer help.",
                            },
                            {
                                "text": "Keep asking gently until she opens up",
                                "correct": False,
                                "feedback": (
                                    "Not yet - even gentle pushing can add to her distress. Let "
                                    "her choose."
                                ),
                            },
                            {
                                "text": "Leave, because PFA cannot help if she does not talk",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA can help a lot without talk: comfort, "
                                    "practical help and links to support."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which moments might call for PFA? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "PFA fits the hours and days soon after a distressing event or a "
                            "sudden wave of distress."
                        ),
                        "options": [
                            {
                                "text": "After a long and tiring court hearing",
                                "correct": True,
                                "feedback": "Yes - court days can be very distressing.",
                            },
                            {
                                "text": "After her family refused to let her come home",
                                "correct": True,
                                "feedback": "Yes - rejection by family can bring strong distress.",
                            },
                            {
                                "text": "After news that the accused person got bail",
                                "correct": True,
                                "feedback": "Yes - this news can bring fear and shock.",
                            },
                            {
                                "text": "During a happy, relaxed collective picnic where everyone is fine",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA is for moments of distress. Here, simply "
                                    "enjoy the day together."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "m2-helping-responsibly",
            "title": "Helping responsibly and doing no harm",
            "estimated_minutes": 40,
            "objectives": [
                "List four do-no-harm rules for a helper",
                "Reply honestly to a request for a promise you cannot keep",
                "Name three situations where you bring in someone else",
            ],
            "lessons": [
                {
                    "slug": "m2-do-no-harm",
                    "title": "Do no harm",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>When we want to help, we sometimes rush. Rushing can hurt. "
                                "<strong>Do no harm</strong> means you think before you act, so that "
                                "your help does not add to the person's pain or danger.</p>"
                                "<h3>Respect safety, dignity and rights</h3>"
                                "<ul>"
                                "<li><strong>Safety:</strong> do not put her, yourself or others in "
                                "more danger. For example, never go alone to face a trafficker or an "
                                "employer.</li>"
                                "<li><strong>Dignity:</strong> treat her as an adult who makes her "
                                "own choices. Speak to her, not about her.</li>"
                                "<li><strong>Rights:</strong> everyone gets help fairly. Caste, "
                                "religion, age or her past never change how well you treat her.</li>"
                                "</ul>"
                                "<h3>Things a caring helper avoids</h3>"
                                "<ul>"
                                '<li>Making promises you cannot keep, like "The police will arrest '
                                'him tomorrow."</li>'
                                "<li>Pressuring her to talk, to file a case, or to go home.</li>"
                                "<li>Sharing her story, even to ask others for help, without her "
                                "permission. The only exception is when a life is in danger. You "
                                "will learn about this in the module on suicide and self-harm.</li>"
                                '<li>Judging her choices, or saying what she "should" have done.</li>'
                                "<li>Taking photos or videos of her.</li>"
                                "</ul>"
                                '<p>Lakshmi, a mentor in Guntur, once told a young woman, "Everything '
                                'will be fine now." Later she realised she could not be sure of that. '
                                'Now she says, "I will stay with you, and we will find the next step '
                                'together." It is honest, and it still gives hope.</p>'
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Honest hope",
                                "text": (
                                    "It is kind to be hopeful. It is also kind to be honest. Promise "
                                    "only what you yourself can do."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-knowing-your-role",
                    "title": "Knowing your role and your limits",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>You are a mentor. You are not a police officer, a lawyer, a doctor "
                                "or a counsellor. This is not a weakness. Knowing your role keeps the "
                                "person safe, and it keeps you safe too.</p>"
                                "<h3>Work with your organisation</h3>"
                                "<p>Follow your organisation's guidance. Tell your supervisor when you "
                                "are helping someone in crisis. Your supervisor can advise you, share "
                                "the load, and make sure nobody is left without help.</p>"
                                "<h3>Bring in someone else when</h3>"
                                "<ul>"
                                "<li>someone is in danger right now: call 112;</li>"
                                "<li>the person is a child under 18: contact Childline on 1098, and "
                                "your supervisor;</li>"
                                "<li>she is badly hurt or ill: help her get medical care;</li>"
                                "<li>she talks about ending her life: follow the escalation steps you "
                                "will learn later in this course;</li>"
                                "<li>you feel out of your depth, or the situation frightens you.</li>"
                                "</ul>"
                                "<h3>Look after yourself</h3>"
                                "<p>Helping someone in distress is tiring. If you are very tired, "
                                "unwell, or upset by your own memories, it is fine to ask another "
                                "mentor to step in. Salma, a mentor in a Kolkata collective, says: "
                                '"On days when a story is too close to mine, I hand over. That is how '
                                'I stay able to help the next day."</p>'
                                "<p>Stepping back at the right time is part of helping "
                                "responsibly.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Say it plainly",
                                "text": (
                                    '"I want you to get the best help. Can I call my supervisor, so we '
                                    'can think about this together?"'
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-how-good-help-feels",
                    "title": "Reflection: how good help feels",
                    "estimated_minutes": 10,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Before you learn the steps of PFA, think about your own life. Most "
                                "of us have had a hard day when someone helped us well. Most of us "
                                'have also had "help" that made things harder. Perhaps someone gave '
                                "advice we did not ask for. Perhaps someone told our private news to "
                                "others, or hurried us when we needed time.</p>"
                                "<p>Remembering both kinds of help teaches you a lot. You will notice "
                                "that good help is often small and quiet. Someone sat with you. "
                                "Someone asked what you needed instead of deciding for you. Someone "
                                "kept your news to themselves.</p>"
                                "<p>You do not need to write about anything painful. Choose a small, "
                                "everyday example if that feels better, like a day you were ill, or a "
                                "time you were lost in a new town. Your reflection is private unless "
                                "you choose to share it with your mentor.</p>"
                                "<p>Keep your answer close by. As you learn the steps of PFA, you "
                                "will see many of your own lessons in them.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of a time someone helped you well on a hard day. What did "
                                    "they do or say that helped? Then write one thing you will try to "
                                    "avoid when you help others."
                                ),
                                "hint": (
                                    "One or two sentences is enough. An everyday example is fine."
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
                        "prompt": (
                            "Priya asks you to promise that her old employer will pay back her "
                            "wages. What is the most responsible reply?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Honest hope: you do not promise what you cannot control, but you "
                            "offer a real next step."
                        ),
                        "options": [
                            {
                                "text": '"I can\'t promise that, but I can help you reach free legal aid to ask about it."',
                                "correct": True,
                                "feedback": "Yes - this is honest and still gives her a next step.",
                            },
                            {
                                "text": '"Yes, I promise he will pay."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - you cannot control this. A broken promise can hurt "
                                    "her trust."
                                ),
                            },
                            {
                                "text": '"Don\'t think about money now."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - money may be her biggest worry. Take it seriously "
                                    "and help her find the next step."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these are do-no-harm rules? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Do no harm means protecting safety, dignity and rights: privacy, no "
                            "pressure, fairness, and no photos."
                        ),
                        "options": [
                            {
                                "text": "Keep her story private unless a life is in danger",
                                "correct": True,
                                "feedback": "Yes - her story is hers to share.",
                            },
                            {
                                "text": "Do not pressure her to file a case",
                                "correct": True,
                                "feedback": "Yes - the choice is hers.",
                            },
                            {
                                "text": "Take a photo of her for the records",
                                "correct": False,
                                "feedback": (
                                    "Not yet - photos can put her identity and safety at risk. "
                                    "Do not take them."
                                ),
                            },
                            {
                                "text": "Treat everyone fairly, whatever their caste or religion",
                                "correct": True,
                                "feedback": "Yes - fairness is part of respecting rights.",
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A 15-year-old girl tells you she is scared to go back to the place "
                            "where she works. Who do you contact, along with your supervisor?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "For any child under 18 who needs care or protection, contact "
                            "Childline on 1098. If she is in danger right now, call 112."
                        ),
                        "options": [
                            {
                                "text": "Childline, 1098",
                                "correct": True,
                                "feedback": "Yes - Childline is there to protect children under 18.",
                            },
                            {
                                "text": "The cyber-crime helpline, 1930",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 1930 is for online and money fraud. A child who "
                                    "needs protection needs Childline on 1098."
                                ),
                            },
                            {
                                "text": "Nobody: keep it a secret as she asked",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a child's safety comes first. Tell her kindly that "
                                    "you will bring in people who can protect her."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A woman's story feels very close to your own, and you feel shaken. "
                            "What is a responsible step?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Knowing your limits is part of helping well. Handing over kindly "
                            "keeps both of you safe."
                        ),
                        "options": [
                            {
                                "text": "Ask your supervisor or another mentor to step in, and tell her who will help",
                                "correct": True,
                                "feedback": "Yes - she still gets help, and you look after yourself.",
                            },
                            {
                                "text": "Keep going no matter how you feel",
                                "correct": False,
                                "feedback": (
                                    "Not yet - if you are overwhelmed, your help may suffer. It is "
                                    "fine to hand over."
                                ),
                            },
                            {
                                "text": "Stop answering her calls without saying anything",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she may feel dropped. Hand over openly so she "
                                    "knows who will help her."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "m2-prepare-referral-map",
            "title": "Prepare: your local referral map",
            "estimated_minutes": 45,
            "objectives": [
                "Say what each of these offers: 112, 181, 1098, Tele-MANAS 14416, One Stop Centre, police, legal aid",
                "Match a person's need to the right service",
                "Write your own local referral map with at least six contacts",
            ],
            "lessons": [
                {
                    "slug": "m2-why-prepare",
                    "title": "Why preparing matters",
                    "estimated_minutes": 10,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>PFA has three action steps that you will learn soon: Look, Listen "
                                "and Link. But good help starts before any of them. It starts with "
                                "<strong>Prepare</strong>.</p>"
                                "<p>In a crisis there is no time to search for phone numbers, and your "
                                "mind may feel rushed. If you already know who to call and where to "
                                "go, you can stay calm and give all your attention to the person in "
                                "front of you.</p>"
                                "<h3>What to find out beforehand</h3>"
                                "<ul>"
                                "<li><strong>Services:</strong> which services are near you, what they "
                                "offer, when they are open, and how a woman can reach them.</li>"
                                "<li><strong>People:</strong> your supervisor, collective leaders, and "
                                "trusted local allies such as a women's group or a shelter.</li>"
                                "<li><strong>Safety:</strong> places or people that may not be safe "
                                "for her, so you can avoid them.</li>"
                                "<li><strong>Travel and cost:</strong> how far it is, the bus fare, and "
                                "whether she can go alone.</li>"
                                "</ul>"
                                "<h3>A referral map</h3>"
                                "<p>A referral map is a simple list of these services and people, with "
                                "names, numbers and addresses. Keep it where you can reach it fast. "
                                "Check it every few months, because numbers and officers change.</p>"
                                "<p>Anjali, a mentor in Raipur, visited her district One Stop Centre "
                                "before she ever needed it. She met the staff and learned the route. "
                                "Months later, when a woman in her collective needed help late in the "
                                "evening, Anjali knew exactly where to go and who to ask for.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Visit before you need it",
                                "text": (
                                    "If you can, visit your nearest One Stop Centre and legal aid "
                                    "office once, with your supervisor or a fellow mentor. A face you "
                                    "know makes a referral much easier."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-services-you-can-link-to",
                    "title": "Services you can link to",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson names services for people facing danger, violence, "
                                    "trafficking or deep distress. It does not describe any event. "
                                    "You can take a break at any time."
                                ),
                                "summary": (
                                    "There are free services you can link people to: 112 for any "
                                    "emergency, 181 for women, 1098 for children, Tele-MANAS 14416 "
                                    "for emotional support, the One Stop Centre, the police, and free "
                                    "legal aid from the District Legal Services Authority. Learn what "
                                    "each one does before you need it, and always ask the person "
                                    "before you refer her."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Here are the main services for your referral map. The helpline "
                                "numbers are free to call.</p>"
                                "<ul>"
                                "<li><strong>112, Emergency:</strong> one number for police, fire and "
                                "ambulance, anywhere in India. Use it when someone is in danger right "
                                "now.</li>"
                                "<li><strong>181, Women Helpline:</strong> for women facing violence "
                                "or needing advice. It can connect her to police, hospitals, shelters "
                                "and the One Stop Centre.</li>"
                                "<li><strong>1098, Childline:</strong> for any child under 18 who "
                                "needs care or protection.</li>"
                                "<li><strong>14416, Tele-MANAS:</strong> free mental health support by "
                                "phone, day and night, in many Indian languages. Anyone feeling very "
                                "low, anxious or overwhelmed can call, and so can someone worried "
                                "about another person.</li>"
                                "<li><strong>One Stop Centre (Sakhi Centre):</strong> a centre in most "
                                "districts for women affected by violence. In one place it can offer "
                                "medical help, help with the police, legal advice, counselling and a "
                                "short stay.</li>"
                                "<li><strong>Police station:</strong> to report a crime. Some districts "
                                "have an Anti-Human Trafficking Unit. A woman can ask to speak to a "
                                "woman officer.</li>"
                                "<li><strong>District Legal Services Authority (DLSA):</strong> free "
                                "legal aid. Victims of trafficking, women and children have a right to "
                                "free legal help, including a lawyer.</li>"
                                "</ul>"
                                "<p>If someone has been cheated online or through UPI, the cyber-crime "
                                "helpline is 1930.</p>"
                                "<p>Always ask her before you make a referral. Explain what the "
                                "service does, what will happen there, and who will know. Then let her "
                                "choose.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Lakshmi says she feels so low that she cannot get out of "
                                            "bed, and she would like to talk to someone trained. Which "
                                            "number fits best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Tele-MANAS on 14416 gives free mental health support by "
                                            "phone, day and night."
                                        ),
                                        "options": [
                                            {
                                                "text": "Tele-MANAS, 14416",
                                                "correct": True,
                                                "feedback": "Yes - trained people there can support her feelings.",
                                            },
                                            {
                                                "text": "Cyber-crime helpline, 1930",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - 1930 is for online and money fraud. "
                                                    "For feeling very low, Tele-MANAS on 14416 fits."
                                                ),
                                            },
                                            {
                                                "text": "Childline, 1098",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - Childline is for children under 18. "
                                                    "Lakshmi is an adult, so Tele-MANAS on 14416 fits."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Rekha wants a lawyer for her compensation claim but cannot "
                                            "pay. Where can she go?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "The District Legal Services Authority gives free legal "
                                            "aid, and victims of trafficking have a right to it."
                                        ),
                                        "options": [
                                            {
                                                "text": "The District Legal Services Authority",
                                                "correct": True,
                                                "feedback": "Yes - it can give her free legal help and a lawyer.",
                                            },
                                            {
                                                "text": "Childline, 1098",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - Childline protects children. For free "
                                                    "legal help, the DLSA is the place."
                                                ),
                                            },
                                            {
                                                "text": "Nowhere: she must pay a private lawyer",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - she has a right to free legal aid from "
                                                    "the DLSA."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "A man is threatening a woman outside the collective office "
                                            "right now. What do you do first?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "When someone is in danger right now, call 112 first. "
                                            "Other support can follow."
                                        ),
                                        "options": [
                                            {
                                                "text": "Call 112",
                                                "correct": True,
                                                "feedback": "Yes - 112 brings police help for danger right now.",
                                            },
                                            {
                                                "text": "Make a note and call someone next week",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this is danger now. Call 112 straight "
                                                    "away."
                                                ),
                                            },
                                            {
                                                "text": "Call Tele-MANAS, 14416",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - Tele-MANAS gives emotional support, "
                                                    "which may help later. Danger now needs 112 first."
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
                    "slug": "m2-my-referral-map",
                    "title": "Reflection: build your own referral map",
                    "estimated_minutes": 15,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Now make your own map. It may be the most useful thing you take "
                                "from this module. For each item below, write the name, phone number, "
                                "address, opening hours, and one contact person if you know one.</p>"
                                "<ol>"
                                "<li>Your supervisor, and a second person if your supervisor cannot be "
                                "reached</li>"
                                "<li>Your nearest police station, and the Anti-Human Trafficking Unit "
                                "if your district has one</li>"
                                "<li>Your district One Stop Centre</li>"
                                "<li>Your District Legal Services Authority office</li>"
                                "<li>The nearest government hospital</li>"
                                "<li>The national numbers: 112, 181, 1098, Tele-MANAS 14416 and "
                                "1930</li>"
                                "<li>Your collective leader, and trusted local allies such as a "
                                "shelter or a women's group</li>"
                                "</ol>"
                                '<p>If you do not know a number, write "to find out" and ask your '
                                "supervisor or your collective. It is fine if your map is not complete "
                                "today. Write the date at the top, and check it again every three "
                                "months.</p>"
                                "<p>Keep the map where you can reach it fast. Never write a survivor's "
                                "name on it. It is a map of help, not a list of people you "
                                "support.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "List your own local contacts: your supervisor, police station, "
                                    "One Stop Centre, legal aid office, hospital and collective leader. "
                                    "Which ones do you still need to find out?"
                                ),
                                "hint": (
                                    'Write "to find out" next to any you do not know yet. Keep a copy '
                                    "in a safe place you can reach quickly."
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
                        "prompt": "What is a referral map?",
                        "kind": "single",
                        "explanation": (
                            "A referral map lists services and people who can help, with names, "
                            "numbers and addresses, ready before a crisis."
                        ),
                        "options": [
                            {
                                "text": "A list of local services and helpers, with names, numbers and addresses",
                                "correct": True,
                                "feedback": "Yes - it helps you link people quickly and calmly.",
                            },
                            {
                                "text": "A list of the survivors you support",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a referral map never names survivors. It is a map "
                                    "of help."
                                ),
                            },
                            {
                                "text": "A map of the villages in your district",
                                "correct": False,
                                "feedback": (
                                    "Not yet - it is a list of services and people who can help, "
                                    "with their contact details."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these offer free help? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Legal aid from the DLSA, Tele-MANAS and the 181 Women Helpline are "
                            "all free."
                        ),
                        "options": [
                            {
                                "text": "District Legal Services Authority",
                                "correct": True,
                                "feedback": "Yes - it gives free legal aid.",
                            },
                            {
                                "text": "Tele-MANAS, 14416",
                                "correct": True,
                                "feedback": "Yes - it gives free mental health support by phone.",
                            },
                            {
                                "text": "Women Helpline, 181",
                                "correct": True,
                                "feedback": "Yes - it is a free helpline for women.",
                            },
                            {
                                "text": "A moneylender who offers a quick loan",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a loan is not free help, and high-interest loans "
                                    "can trap people in debt."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A boy of about 12 is alone at the bus stand. He looks lost and "
                            "scared. Which number fits?"
                        ),
                        "kind": "single",
                        "explanation": "Childline on 1098 is for any child under 18 who needs care or protection.",
                        "options": [
                            {
                                "text": "Childline, 1098",
                                "correct": True,
                                "feedback": "Yes - Childline can help protect him.",
                            },
                            {
                                "text": "Women Helpline, 181",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 181 is for women. For a child, call Childline on "
                                    "1098, or 112 if he is in danger now."
                                ),
                            },
                            {
                                "text": "Cyber-crime helpline, 1930",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 1930 is for online fraud. For a child, call "
                                    "Childline on 1098."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What should you do before you refer someone to a service?",
                        "kind": "single",
                        "explanation": (
                            "A referral is her choice. Explain what the service does, what will "
                            "happen and who will know, then let her decide."
                        ),
                        "options": [
                            {
                                "text": "Explain the service and ask if she wants the referral",
                                "correct": True,
                                "feedback": "Yes - she stays in charge of her own next step.",
                            },
                            {
                                "text": "Call the service without telling her, to save time",
                                "correct": False,
                                "feedback": (
                                    "Not yet - referring without her agreement takes away her "
                                    "choice and can break her trust."
                                ),
                            },
                            {
                                "text": "Share her story in a mentors' WhatsApp group to ask for ideas",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this puts her privacy at risk. Talk to your "
                                    "supervisor privately instead."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "How often should you check your referral map?",
                        "kind": "single",
                        "explanation": "Numbers, officers and opening hours change, so check your map every few months.",
                        "options": [
                            {
                                "text": "Every few months, for example every three months",
                                "correct": True,
                                "feedback": "Yes - regular checks keep it ready for a crisis.",
                            },
                            {
                                "text": "Only when a crisis happens",
                                "correct": False,
                                "feedback": (
                                    "Not yet - in a crisis there is no time to search. Check it "
                                    "regularly."
                                ),
                            },
                            {
                                "text": "Never: once written, it stays the same",
                                "correct": False,
                                "feedback": (
                                    "Not yet - numbers and officers change. A map that is out of "
                                    "date can slow help down."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "m2-look-listen-link",
            "title": "Look, Listen, Link",
            "estimated_minutes": 45,
            "objectives": [
                "Name the three action steps of PFA: Look, Listen, Link",
                "List three things to check when you arrive: safety, urgent needs, reactions",
                "Use a calm opening sentence that does not ask for the story",
                "Link a person to one practical need and one service, with her agreement",
            ],
            "lessons": [
                {
                    "slug": "m2-look",
                    "title": "Look",
                    "estimated_minutes": 10,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks briefly about danger, injury and strong "
                                    "reactions to stress, including the chance that someone may hurt "
                                    "herself. Nothing is described in detail."
                                ),
                                "summary": (
                                    "Look means you pause before you act and check three things: is "
                                    "it safe, does she have urgent needs like injury or hunger, and "
                                    "how is she reacting. Anyone in danger, badly hurt, very confused "
                                    "or at risk of harming herself needs help first."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p><strong>Look</strong> means you pause and notice before you act. "
                                "In a few moments, you check three things.</p>"
                                "<h3>1. Is it safe?</h3>"
                                "<p>Is there any danger to her, to you, or to others? For example, is "
                                "the person who harmed her nearby? If it is not safe, do not go in "
                                "alone. Call 112 and your supervisor.</p>"
                                "<h3>2. What does she need urgently?</h3>"
                                "<p>Is she hurt? Does she need water, food, medicine or a warm shawl? "
                                "Is there a child with her who needs care?</p>"
                                "<h3>3. How is she reacting?</h3>"
                                "<p>People react to stress in many ways. Some cry. Some go very quiet "
                                "or seem far away. Some are angry, or cannot stop shaking. These are "
                                "common reactions to a very hard event. Look out for anyone who:</p>"
                                "<ul>"
                                "<li>cannot look after herself or her children;</li>"
                                "<li>seems very confused, or does not know where she is;</li>"
                                "<li>may hurt herself or someone else.</li>"
                                "</ul>"
                                "<p>These people need help first, and may need more than PFA.</p>"
                                "<p>Salma arrived at a shelter where a young woman, Moumita, sat alone "
                                "in a corner. Before speaking, Salma looked around. The room was safe. "
                                "Moumita was not hurt, but she had not eaten, and she kept glancing at "
                                "the door. So Salma sat where Moumita could still see the door, and "
                                "offered her a plate of rice.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Look before you step in",
                                "text": "Safety first. Urgent needs next. Then notice how she is.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-listen",
                    "title": "Listen",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p><strong>Listen</strong> means you come close in a kind way, find "
                                "out what she needs, and help her feel calmer.</p>"
                                "<h3>Come close gently</h3>"
                                "<p>Say your name and why you are there. Ask if you may sit with her. "
                                "Sit at her level, with a little space between you. Ask before you "
                                "touch her, even to hold her hand. Some women find touch comforting; "
                                "others do not.</p>"
                                "<h3>Ask about needs and worries</h3>"
                                '<p>Ask open, simple questions: "What do you need most right now?" '
                                '"What is worrying you?" Do not ask for the story of what happened. '
                                "If she chooses to tell you, listen without interrupting or "
                                "judging.</p>"
                                "<h3>Help her feel calmer</h3>"
                                "<p>Speak slowly and softly. If she is very upset, you could invite her "
                                "to feel her feet on the floor, or to breathe out slowly with you. "
                                "Offer water. Remind her where she is and that you are with her.</p>"
                                "<h3>Words that help</h3>"
                                "<ul>"
                                '<li>"That sounds very hard."</li>'
                                '<li>"Take your time. There is no hurry."</li>'
                                '<li>"You did well to come here."</li>'
                                "</ul>"
                                '<p>Try to avoid words that judge or rush, like "Why did you go with '
                                'him?" or "You must be strong now." Silence is fine. Simply being '
                                "with her is already help.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Practise a calm opening",
                                "text": (
                                    'Say this aloud, using your own name: "My name is Rekha. I am a '
                                    "mentor with the collective. May I sit with you for a while? You "
                                    "don't have to tell me anything you don't want to.\""
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-link",
                    "title": "Link",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p><strong>Link</strong> means you help her get what she needs, and "
                                "connect her with people and services. After a crisis, people often "
                                "feel that nothing is in their hands. Solving one small thing can give "
                                "back a little control.</p>"
                                "<h3>Practical needs</h3>"
                                "<p>Ask what she needs, then help her choose what to do first. Maybe "
                                "it is a safe place to sleep tonight, a call to her mother, or bus "
                                "fare. Help her do it herself where she can. Do not take over.</p>"
                                "<h3>Information</h3>"
                                "<p>Give clear, true information: what will happen next, where "
                                "services are, and what they offer. If you do not know, say so, and "
                                "find out. Keep it short. Stress makes it hard to remember a lot.</p>"
                                "<h3>People she trusts</h3>"
                                "<p>Ask who she trusts: a sister, a friend, a collective member. Help "
                                "her reach them if she wants to. Respect it if she does not want her "
                                "family to know.</p>"
                                "<h3>Services</h3>"
                                "<p>Use your referral map. Explain what the service does. Where you "
                                "can, make a <strong>warm referral</strong>: call together, or go with "
                                "her and introduce her, so she does not have to repeat everything to "
                                "a stranger.</p>"
                                "<p>Rekha, a mentor in a Chhattisgarh collective, helped a member who "
                                "had lost her documents. Rekha did not fill in the forms for her. She "
                                "sat beside her at the block office and let her speak. The woman left "
                                "proud that she had done it herself.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Help her help herself",
                                "text": (
                                    "Doing things with her, not for her, builds her strength and "
                                    "confidence."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-look-listen-link-practice",
                    "title": "Practice: Look, Listen, Link with Padma",
                    "estimated_minutes": 7,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Let us put the three steps together. Read the story, then answer "
                                "the questions. There is no time limit, and you can try as many times "
                                "as you like.</p>"
                                "<p>Padma is 24. She is a member of a collective in Andhra Pradesh. At "
                                "a meeting, she hears that the man accused in her case has been "
                                "released on bail. She stands up, walks outside and sits by the wall. "
                                "She is breathing fast and holding her knees. You follow her "
                                "outside.</p>"
                                "<p>Think about each step as you read the questions:</p>"
                                "<ul>"
                                "<li><strong>Look:</strong> what do you check first, before you "
                                "speak?</li>"
                                "<li><strong>Listen:</strong> what words would help her feel calmer, "
                                "without asking for her story?</li>"
                                "<li><strong>Link:</strong> what might she need next, and who could "
                                "help?</li>"
                                "</ul>"
                                "<p>Remember that Padma leads. She decides what to share and what to "
                                "do. Your job is to help her feel safer, calmer and connected. You do "
                                "not need to fix the news she has heard.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "What is your first step when you reach Padma?",
                                        "kind": "single",
                                        "explanation": (
                                            "Look comes first: check safety, urgent needs and how she "
                                            "is reacting, before you act."
                                        ),
                                        "options": [
                                            {
                                                "text": "Look: check that she is safe and notice how she is",
                                                "correct": True,
                                                "feedback": "Yes - you pause and notice before you act.",
                                            },
                                            {
                                                "text": "Ask her to explain the whole case to you",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - asking for the story can add to her "
                                                    "distress. Start by checking safety and how she is."
                                                ),
                                            },
                                            {
                                                "text": "Phone her family straight away",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - contacting family is her choice, and it "
                                                    "may not be safe. First, Look."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which things could you say while you Listen? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Listening words are calm and kind. They offer comfort and "
                                            "time, and they do not judge or ask for details."
                                        ),
                                        "options": [
                                            {
                                                "text": '"I\'m here with you. Would you like some water?"',
                                                "correct": True,
                                                "feedback": "Yes - this offers comfort and company.",
                                            },
                                            {
                                                "text": '"Take your time. There is no rush."',
                                                "correct": True,
                                                "feedback": "Yes - this helps her feel less pressure.",
                                            },
                                            {
                                                "text": '"Stop crying, you have to be strong."',
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this can make her feel judged. Her "
                                                    "feelings are a common reaction to hard news."
                                                ),
                                            },
                                            {
                                                "text": '"Tell me exactly what he did to you."',
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - PFA never asks for details of what "
                                                    "happened. Let her choose what to share."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Padma says she is scared he will come to her village. "
                                            "Which is a good Link step?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Link means connecting her, with her agreement, to people "
                                            "and services that can help with her real worry."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "With her agreement, bring in your supervisor to "
                                                    "help her plan for safety, and remind her she can "
                                                    "call 112 if she is in danger"
                                                ),
                                                "correct": True,
                                                "feedback": "Yes - you take her fear seriously and link her to help.",
                                            },
                                            {
                                                "text": "Tell her not to worry, because he will not come",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - you cannot promise that, and it brushes "
                                                    "her fear aside. Help her plan for safety instead."
                                                ),
                                            },
                                            {
                                                "text": "Tell the whole collective about her fear at the meeting",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this shares her private worry without "
                                                    "her agreement. Ask her who she wants to involve."
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
                        "prompt": "What are the three action steps of PFA?",
                        "kind": "single",
                        "explanation": "After you Prepare, the three action steps are Look, Listen and Link.",
                        "options": [
                            {
                                "text": "Look, Listen, Link",
                                "correct": True,
                                "feedback": "Yes - those are the three action steps.",
                            },
                            {
                                "text": "Ask, Record, Report",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the action steps are Look, Listen and Link. "
                                    "Recording comes at the end of a contact."
                                ),
                            },
                            {
                                "text": "Talk, Treat, Test",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA does not treat or test. The steps are Look, "
                                    "Listen and Link."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "When you Look, what do you check? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": "Look checks safety, urgent needs, and how the person is reacting.",
                        "options": [
                            {
                                "text": "Whether it is safe for her, for you and for others",
                                "correct": True,
                                "feedback": "Yes - safety always comes first.",
                            },
                            {
                                "text": "Urgent needs, like injury, hunger or a child who needs care",
                                "correct": True,
                                "feedback": "Yes - urgent needs come next.",
                            },
                            {
                                "text": "How she is reacting, and whether anyone needs help first",
                                "correct": True,
                                "feedback": "Yes - some people need help straight away.",
                            },
                            {
                                "text": "Whether her story sounds true",
                                "correct": False,
                                "feedback": (
                                    "Not yet - PFA does not judge anyone's story. You are there "
                                    "to help, not to check."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which opening fits Listen best?",
                        "kind": "single",
                        "explanation": (
                            "A good opening says who you are, asks permission, and makes clear "
                            "she does not have to share."
                        ),
                        "options": [
                            {
                                "text": (
                                    "\"I'm Anjali from the collective. May I sit with you? You "
                                    "don't have to tell me anything you don't want to.\""
                                ),
                                "correct": True,
                                "feedback": "Yes - it is gentle, honest and leaves her in charge.",
                            },
                            {
                                "text": '"Tell me everything from the beginning."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - this pushes for the story. Let her decide what to "
                                    "share."
                                ),
                            },
                            {
                                "text": '"Why did you trust that man?"',
                                "correct": False,
                                "feedback": (
                                    'Not yet - "why" questions can sound like blame. Ask about '
                                    "her needs instead."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What is a warm referral?",
                        "kind": "single",
                        "explanation": (
                            "In a warm referral you call together or go with her and introduce "
                            "her, so she does not have to start again with a stranger."
                        ),
                        "options": [
                            {
                                "text": "Calling or going with her and introducing her to the service",
                                "correct": True,
                                "feedback": "Yes - it makes the first step much easier for her.",
                            },
                            {
                                "text": "Giving her a number and leaving",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a number can help, but a warm referral means you "
                                    "help her make the first contact."
                                ),
                            },
                            {
                                "text": "Sending her full story to the service without asking her",
                                "correct": False,
                                "feedback": (
                                    "Not yet - always ask her first, and share only what she "
                                    "agrees to."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 5
        {
            "slug": "m2-eight-core-actions",
            "title": "The eight core actions of PFA",
            "estimated_minutes": 45,
            "objectives": [
                "Name the eight core actions of PFA",
                "Give one example of each core action from mentoring work",
                "Choose which core action fits a person's situation now",
                "Use four steps to make a simple practical plan with someone",
            ],
            "lessons": [
                {
                    "slug": "m2-actions-first-contact",
                    "title": "Actions 1 to 3: first contact, safety, steadying",
                    "estimated_minutes": 15,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>A widely used PFA guide for field workers describes eight "
                                "<strong>core actions</strong>. They are not a strict order. You "
                                "choose what fits the person in front of you. This lesson covers the "
                                "first three.</p>"
                                "<h3>1. Contact and engagement</h3>"
                                "<p>Make the first contact in a kind, respectful way. Introduce "
                                "yourself, say what you can offer, and ask if she would like help. Do "
                                'not force it. If she says "not now", tell her how to find you later. '
                                "For example: \"I'm Lakshmi from the collective. I'm here if you want "
                                'to talk, or if you need anything."</p>'
                                "<h3>2. Safety and comfort</h3>"
                                "<p>Help her be safer now, and more comfortable. Move to a quieter "
                                "place. Keep her away from people or news that upset her. Offer water, "
                                "a shawl, a place to sit. Give simple, true information about what is "
                                "happening. Comfort is not a small thing: it tells the body that the "
                                "danger has passed.</p>"
                                "<h3>3. Stabilisation, when needed</h3>"
                                "<p>Some people are so overwhelmed that they cannot think or even hear "
                                "you. They may be shaking, staring, or panicking. Help her feel steady. "
                                "Speak slowly and use her name. Invite her to notice things around "
                                "her, such as five things she can see, or her feet on the ground. Stay "
                                "with her. If nothing helps and she stays very confused, get medical "
                                "or professional help.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Meet her where she is",
                                "text": (
                                    "Only some people need stabilisation. Many people are upset but "
                                    "steady. Use the actions that fit, not all of them every time."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "A steadying exercise",
                                "text": (
                                    "Try it yourself first: name five things you can see, four you can "
                                    "touch, three you can hear. Notice how your breathing slows."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-actions-needs-and-help",
                    "title": "Actions 4 and 5: understanding needs, practical help",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<h3>4. Information gathering: current needs and concerns</h3>"
                                "<p>Find out what she needs and worries about <em>now</em>, so you can "
                                "shape your help. This is not an interview about the past. Ask simple "
                                'questions: "Are you hurt?" "Do you have somewhere safe to sleep '
                                'tonight?" "Are your children cared for?" "Is anything frightening '
                                'you right now?" Also notice anything that needs urgent help, like '
                                "thoughts of self-harm, serious illness, or a child alone. Gather only "
                                "what you need to help. You do not need her life story.</p>"
                                "<h3>5. Practical assistance</h3>"
                                "<p>Help her with the needs she has named. Four small steps can "
                                "help:</p>"
                                "<ol>"
                                "<li>Find out which need matters most to her.</li>"
                                "<li>Talk it through clearly together.</li>"
                                "<li>Make a simple plan: who does what, and when.</li>"
                                "<li>Take one action on the plan, with her.</li>"
                                "</ol>"
                                "<p>Sunita, a mentor in West Bengal, met a member, Jaya, who was "
                                "panicking because her ration card was lost. Sunita asked what "
                                'mattered most. Jaya said, "My children need to eat this week." '
                                "Together they planned: first, rice and dal from the collective's "
                                "store; second, a visit to the ration office on Monday, with Sunita "
                                "beside her. Jaya felt calmer with a plan in her hand.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "One thing at a time",
                                "text": (
                                    "A long list of problems can feel like a mountain. Choosing one "
                                    "step that she can take today makes the mountain smaller."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-actions-connecting",
                    "title": "Actions 6 to 8: support, coping, services",
                    "estimated_minutes": 12,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<h3>6. Connection with social supports</h3>"
                                "<p>People recover better when they are not alone. Help her reach "
                                "people she trusts: a friend, a relative, a collective member, or a "
                                "faith leader she values. Some survivors have lost contact with "
                                "family, or family is not safe. Then the collective itself can be a "
                                "strong support. Never push contact with anyone she does not want to "
                                "see.</p>"
                                "<h3>7. Information on coping</h3>"
                                "<p>Tell her, simply, that strong feelings after a hard event are "
                                "common, and that they usually ease with time and support. Ask what "
                                "has helped her before: prayer, songs, walking, sleep, or talking with "
                                "a friend. She is the expert on her own strengths. Gently mention that "
                                "alcohol, or staying alone all day, can make things harder.</p>"
                                "<h3>8. Linkage with collaborative services</h3>"
                                "<p>Connect her to services she needs now or may need later: health "
                                "care, legal aid, the One Stop Centre, Tele-MANAS 14416, or livelihood "
                                "schemes. Use your referral map and make warm referrals where you can. "
                                "Tell her how to reach you again, and follow up as you agreed.</p>"
                                "<p>You may notice that these actions fit inside Look, Listen and "
                                "Link. They are the same help, described in more detail.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            'Anjali asks, "Is it normal that I keep crying since '
                                            'yesterday?" Which core action fits best?'
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Information on coping includes telling her that strong "
                                            "feelings are common and talking about what helps."
                                        ),
                                        "options": [
                                            {
                                                "text": "Information on coping",
                                                "correct": True,
                                                "feedback": "Yes - you can reassure her and talk about what helps her cope.",
                                            },
                                            {
                                                "text": "Practical assistance",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - practical assistance is about concrete "
                                                    "needs like food or papers. Her question is about "
                                                    "her feelings."
                                                ),
                                            },
                                            {
                                                "text": "Contact and engagement",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - you are already in contact. Her question "
                                                    "calls for information on coping."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "You help Rekha phone her cousin, whom she trusts. Which "
                                            "core action is this?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Helping someone reach people she trusts is connection "
                                            "with social supports."
                                        ),
                                        "options": [
                                            {
                                                "text": "Connection with social supports",
                                                "correct": True,
                                                "feedback": "Yes - you are helping her reach someone she trusts.",
                                            },
                                            {
                                                "text": "Stabilisation",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - stabilisation helps someone who is "
                                                    "overwhelmed feel steady. This is about her "
                                                    "support network."
                                                ),
                                            },
                                            {
                                                "text": "Information gathering",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - information gathering is finding out her "
                                                    "needs. Calling her cousin connects her with support."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which of these are among the eight core actions? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "The eight include safety and comfort, practical "
                                            "assistance and linkage with services. Retelling the "
                                            "event in detail is not one of them."
                                        ),
                                        "options": [
                                            {
                                                "text": "Safety and comfort",
                                                "correct": True,
                                                "feedback": "Yes - this is action 2.",
                                            },
                                            {
                                                "text": "Practical assistance",
                                                "correct": True,
                                                "feedback": "Yes - this is action 5.",
                                            },
                                            {
                                                "text": "A detailed retelling of the event",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - PFA never asks for a detailed retelling. "
                                                    "It focuses on present needs."
                                                ),
                                            },
                                            {
                                                "text": "Linkage with collaborative services",
                                                "correct": True,
                                                "feedback": "Yes - this is action 8.",
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
                        "prompt": "Which core action usually comes first?",
                        "kind": "single",
                        "explanation": (
                            "Contact and engagement is the first meeting: introducing yourself "
                            "kindly and offering help."
                        ),
                        "options": [
                            {
                                "text": "Contact and engagement",
                                "correct": True,
                                "feedback": "Yes - everything starts with a kind, respectful first contact.",
                            },
                            {
                                "text": "Linkage with collaborative services",
                                "correct": False,
                                "feedback": (
                                    "Not yet - linking to services usually comes later, once you "
                                    "know her needs."
                                ),
                            },
                            {
                                "text": "Information on coping",
                                "correct": False,
                                "feedback": (
                                    "Not yet - first you make contact. Coping information comes "
                                    "once she feels safer."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Salma is in a safe, quiet room, but she is shaking, staring and "
                            "cannot answer you. Which action fits now?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Stabilisation helps someone who is overwhelmed feel steady again: "
                            "calm voice, her name, noticing what is around her."
                        ),
                        "options": [
                            {
                                "text": "Stabilisation",
                                "correct": True,
                                "feedback": "Yes - she needs help to feel steady before anything else.",
                            },
                            {
                                "text": "Practical assistance",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she cannot plan while she is this overwhelmed. "
                                    "Help her feel steady first."
                                ),
                            },
                            {
                                "text": "Information gathering",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she cannot answer questions right now. Help her "
                                    "feel steady first."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Which questions fit information gathering about current needs? "
                            "Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Information gathering asks about needs and worries now, not details "
                            "of the past."
                        ),
                        "options": [
                            {
                                "text": '"Do you have somewhere safe to sleep tonight?"',
                                "correct": True,
                                "feedback": "Yes - this is about a need right now.",
                            },
                            {
                                "text": '"Are your children cared for?"',
                                "correct": True,
                                "feedback": "Yes - this checks an urgent concern.",
                            },
                            {
                                "text": '"Tell me how you were taken, step by step."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - this asks for the story. You only need what helps "
                                    "you help her now."
                                ),
                            },
                            {
                                "text": '"Are you hurt anywhere?"',
                                "correct": True,
                                "feedback": "Yes - injuries need attention quickly.",
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Jaya has many problems. What is the first of the four steps of "
                            "practical assistance?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "First find out which need matters most to her. Then talk it "
                            "through, make a plan, and act on it together."
                        ),
                        "options": [
                            {
                                "text": "Find out which need matters most to her",
                                "correct": True,
                                "feedback": "Yes - she decides what comes first.",
                            },
                            {
                                "text": "Solve every problem for her yourself today",
                                "correct": False,
                                "feedback": (
                                    "Not yet - taking over can leave her feeling powerless. Work "
                                    "on one thing, with her."
                                ),
                            },
                            {
                                "text": "Tell her which problem is most important",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she is the best judge of what matters most to her. "
                                    "Ask her."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Lakshmi's family is not safe for her to contact. How can you support "
                            "connection with social supports?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Connection is always her choice. When family is not safe, friends "
                            "and the collective can be strong support."
                        ),
                        "options": [
                            {
                                "text": "Help her connect with a friend or collective members she trusts",
                                "correct": True,
                                "feedback": "Yes - she chooses who supports her.",
                            },
                            {
                                "text": "Call her family anyway, because family is always best",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this could put her in danger. Never push contact "
                                    "she does not want."
                                ),
                            },
                            {
                                "text": "Skip this action, because she has no one",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the collective and trusted friends can be real "
                                    "support. Ask her who she trusts."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 6
        {
            "slug": "m2-suicide-risk-escalation",
            "title": "Suicide and self-harm risk: the escalation protocol",
            "estimated_minutes": 45,
            "objectives": [
                "Name five warning signs that someone may be thinking of suicide",
                "Ask directly and calmly whether someone is thinking of suicide",
                "List the six critical steps of the escalation protocol in order",
                "Show every critical step in a role-play that your supervisor signs off",
            ],
            "lessons": [
                {
                    "slug": "m2-noticing-risk",
                    "title": "Noticing when someone may be at risk",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about suicide and self-harm: the signs to "
                                    "notice, and why asking directly helps. It does not describe any "
                                    "methods or events. You can pause, take a break, or talk to your "
                                    "mentor at any time."
                                ),
                                "summary": (
                                    "Some people in deep pain think about ending their life. Signs "
                                    "include talking about death, feeling hopeless or a burden, "
                                    "giving things away, and pulling away from people. Asking "
                                    "directly and calmly does not put the idea in someone's mind, and "
                                    "it often brings relief. If someone is at risk, stay with her and "
                                    "call 112 or Tele-MANAS on 14416."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Sometimes a person's pain feels so heavy that she thinks about "
                                "ending her life, or about hurting herself. Survivors may carry a lot: "
                                "loss, debt, fear, rejection by family, or shame that others have "
                                "unfairly put on them. As a mentor, you may be the person she trusts "
                                "most. So it helps to know the signs.</p>"
                                "<h3>Signs to notice</h3>"
                                "<ul>"
                                '<li>Talking about death or wanting to disappear: "Everyone would be '
                                'better off without me."</li>'
                                "<li>Saying she feels hopeless, trapped, or a burden.</li>"
                                "<li>Giving away things she values, or saying goodbye as if for the "
                                "last time.</li>"
                                "<li>Pulling away from the collective, friends or family.</li>"
                                "<li>Big changes in sleep, eating, or caring for herself.</li>"
                                "<li>Injuries she does not explain, or keeps hidden.</li>"
                                "<li>A sudden calm after a very low time. This can mean she has made "
                                "a decision.</li>"
                                "</ul>"
                                "<h3>Asking helps</h3>"
                                "<p>Many people fear that asking about suicide will put the idea in "
                                "someone's mind. It does not. Asking calmly and directly shows her that "
                                "you can hear the truth. Many people feel relief when someone finally "
                                "asks.</p>"
                                '<p>You might say: "Sometimes when people feel this low, they think '
                                'about ending their life. Are you thinking about killing yourself?" '
                                "Then listen. Do not argue, lecture, or promise to keep it a "
                                "secret.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "You are not alone with this",
                                "text": (
                                    "You do not have to take away her pain. Your job is to notice, ask, "
                                    "keep her safe and bring in help. Tele-MANAS on 14416 can also "
                                    "guide you as a helper."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-escalation-protocol",
                    "title": "The escalation protocol: six critical steps",
                    "estimated_minutes": 15,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains what to do when someone may be thinking of "
                                    "suicide or self-harm. It gives calm, clear steps and does not "
                                    "describe any methods or events."
                                ),
                                "summary": (
                                    "If someone may be at risk of suicide, follow six steps: stay with "
                                    "her and keep her safe; ask directly and calmly; move away "
                                    "anything she could use to hurt herself, if it is safe; call 112 "
                                    "or Tele-MANAS 14416; tell your supervisor; and write a short, "
                                    "factual record."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>If someone tells you she is thinking of ending her life, or you "
                                "believe she is at risk, follow these steps. They are called "
                                "<strong>critical steps</strong> because each one matters for her "
                                "safety. Learn them by heart.</p>"
                                "<ol>"
                                "<li><strong>Stay with her and keep her safe.</strong> Do not leave "
                                "her alone. If you must step away, make sure a trusted person stays "
                                "with her. Move to a calmer, safer place if you can.</li>"
                                '<li><strong>Ask directly and calmly.</strong> "Are you thinking about '
                                'killing yourself?" If she says yes, gently ask whether she has a '
                                "plan, and whether she has a way to do it close by. A plan and a way "
                                "close by mean the danger is high.</li>"
                                "<li><strong>Remove immediate means, if it is safe.</strong> If there "
                                "is something nearby she could use to hurt herself, calmly ask her to "
                                "let you put it away, or ask someone else to help. Never struggle with "
                                "her or put yourself in danger.</li>"
                                "<li><strong>Call for help.</strong> If her life is in danger now, "
                                "call <strong>112</strong>. If she is not in immediate danger but is "
                                "thinking of suicide, call <strong>Tele-MANAS on 14416</strong> with "
                                "her, or help her call. Help her reach a hospital if needed.</li>"
                                "<li><strong>Inform your supervisor.</strong> Tell your supervisor as "
                                "soon as you can, and always the same day. Here you share even "
                                "without her agreement, because her life comes first. Tell her "
                                "honestly that you will do this.</li>"
                                "<li><strong>Record.</strong> Write a short, factual note in your "
                                "organisation's safe record: date and time, what you noticed, what "
                                "you did, who you called, and what was agreed next.</li>"
                                "</ol>"
                                "<p>Afterwards, follow up with her as agreed. And talk to your "
                                "supervisor about how you feel. These moments are heavy for helpers "
                                "too.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Never promise secrecy",
                                "text": (
                                    'You can say: "I care about you too much to keep this a secret. I '
                                    'will only tell the people who can help keep you safe."'
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-escalation-role-play",
                    "title": "Escalation role-play",
                    "estimated_minutes": 15,
                    "completion_rule": "signoff",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains a practice role-play about responding to "
                                    "someone at risk of suicide. The scene is made up, and you can "
                                    "pause or stop the role-play at any time."
                                ),
                                "summary": (
                                    "You will practise the six critical steps in a short, made-up "
                                    "role-play while your mentor or supervisor watches. They sign off "
                                    "when you have shown every critical step. If a step is missed, you "
                                    "talk it through and try again another day, as many times as you "
                                    "need."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Knowing the steps is not the same as doing them under pressure. So "
                                "this lesson is a practice. You will do a short role-play with your "
                                "mentor or supervisor. It is needed for the PFA skills certificate and "
                                "for Certified Peer Mentor, level 1.</p>"
                                "<h3>How it works</h3>"
                                "<ul>"
                                "<li>You and your supervisor agree on a time and a quiet, private "
                                "place.</li>"
                                "<li>Your supervisor, or another trained mentor, plays a person in "
                                "distress. The scene is made up. Nobody shares a real story.</li>"
                                "<li>You respond as you would in real life, using the six critical "
                                "steps.</li>"
                                "<li>Your supervisor watches with a checklist of the critical "
                                "steps.</li>"
                                "</ul>"
                                "<h3>What your supervisor looks for</h3>"
                                "<ol>"
                                "<li>You stayed with her and kept her safe.</li>"
                                "<li>You asked directly and calmly about suicide.</li>"
                                "<li>You moved away immediate means, only where it was safe.</li>"
                                "<li>You called 112 or Tele-MANAS 14416, to fit the level of "
                                "danger.</li>"
                                "<li>You informed your supervisor.</li>"
                                "<li>You made a short, factual record.</li>"
                                "</ol>"
                                "<p>Your supervisor signs off only when you have shown "
                                "<strong>every</strong> critical step. If a step is missed, that is "
                                'simply "not yet". You talk it through together and try again '
                                "another time. There is no limit on tries.</p>"
                                "<h3>Look after yourself</h3>"
                                "<p>A role-play can stir up feelings, especially if suicide has touched "
                                "your own life. Tell your supervisor beforehand if anything feels "
                                "close to home. You can pause or stop at any time. Afterwards, take a "
                                "few minutes to breathe and talk.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Get ready",
                                "text": (
                                    "Read the six steps again. Practise the direct question aloud, "
                                    "alone or with a fellow mentor, until it feels natural to say."
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
                        "prompt": (
                            "Which of these may be warning signs that someone is thinking of "
                            "suicide? Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Warning signs include talk of death or being a burden, giving things "
                            "away, pulling away from people, and a sudden calm after a low time."
                        ),
                        "options": [
                            {
                                "text": 'Saying "Everyone would be better off without me"',
                                "correct": True,
                                "feedback": "Yes - feeling like a burden is a serious sign.",
                            },
                            {
                                "text": "Giving away things she values",
                                "correct": True,
                                "feedback": "Yes - this can be a sign she is saying goodbye.",
                            },
                            {
                                "text": "Pulling away from the collective and friends",
                                "correct": True,
                                "feedback": "Yes - withdrawing from people can be a sign.",
                            },
                            {
                                "text": "Making plans to attend her cousin's wedding next month",
                                "correct": False,
                                "feedback": (
                                    "Not yet - making plans for the future is usually a good "
                                    "sign, though you still listen for other signs."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Does asking someone directly about suicide put the idea in her mind?",
                        "kind": "single",
                        "explanation": (
                            "Asking calmly and directly does not put the idea in anyone's mind. "
                            "It often brings relief and opens the way to help."
                        ),
                        "options": [
                            {
                                "text": "No. Asking calmly often brings relief and opens the way to help",
                                "correct": True,
                                "feedback": "Yes - asking shows her you can hear the truth.",
                            },
                            {
                                "text": "Yes, so it is better to hint and never ask",
                                "correct": False,
                                "feedback": (
                                    "Not yet - hints can leave her unsure what you mean. A calm, "
                                    "direct question is safer."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Rekha tells you she wants to end her life and has a way to do it at "
                            "home tonight. What do you do first?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "A plan and means close by mean high danger: stay with her and call "
                            "112, then inform your supervisor and record."
                        ),
                        "options": [
                            {
                                "text": "Stay with her and call 112",
                                "correct": True,
                                "feedback": "Yes - her life is in danger now, so she needs emergency help.",
                            },
                            {
                                "text": "Promise to keep it secret so she keeps trusting you",
                                "correct": False,
                                "feedback": (
                                    "Not yet - never promise secrecy when a life is at risk. Stay "
                                    "with her and call 112."
                                ),
                            },
                            {
                                "text": "Go home and call her tomorrow",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she should not be left alone. Stay with her and "
                                    "call 112 now."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "She begs you not to tell anyone. What do you say?",
                        "kind": "single",
                        "explanation": (
                            "When a life is at risk, you share with the people who can help, and "
                            "you tell her honestly that you will."
                        ),
                        "options": [
                            {
                                "text": '"I care about you too much to keep this secret. I will only tell people who can help keep you safe."',
                                "correct": True,
                                "feedback": "Yes - this is honest and caring.",
                            },
                            {
                                "text": '"All right, I won\'t tell anyone."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - keeping this secret could cost her life. Tell her "
                                    "kindly that you will bring in help."
                                ),
                            },
                            {
                                "text": '"I will tell the whole collective so everyone can watch you."',
                                "correct": False,
                                "feedback": (
                                    "Not yet - share only with those who can help, such as your "
                                    "supervisor and emergency services."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are critical steps of the escalation protocol? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The six critical steps: stay and keep her safe, ask directly, remove "
                            "means if safe, call 112 or 14416, inform your supervisor, record."
                        ),
                        "options": [
                            {
                                "text": "Stay with her and keep her safe",
                                "correct": True,
                                "feedback": "Yes - this is step 1.",
                            },
                            {
                                "text": "Inform your supervisor the same day",
                                "correct": True,
                                "feedback": "Yes - this is step 5.",
                            },
                            {
                                "text": "Write a short, factual record",
                                "correct": True,
                                "feedback": "Yes - this is step 6.",
                            },
                            {
                                "text": "Argue with her that she has everything to live for",
                                "correct": False,
                                "feedback": (
                                    "Not yet - arguing can make her feel unheard. Listen calmly, "
                                    "keep her safe and bring in help."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 7
        {
            "slug": "m2-closing-and-recording",
            "title": "Closing a contact and recording only what is needed",
            "estimated_minutes": 45,
            "objectives": [
                "Close a contact with a summary, a next step and a warm goodbye",
                "Sort what belongs in a PFA record from what stays out",
                "Name a safe place to keep records and two unsafe ones",
                "Name one habit that helps you rest after a contact",
            ],
            "lessons": [
                {
                    "slug": "m2-closing-a-contact",
                    "title": "Closing a contact well",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>How you end a contact matters as much as how you start it. A "
                                "rushed goodbye can leave her feeling dropped. A good ending leaves "
                                "her with a plan, and a sense that help is still near.</p>"
                                "<h3>Steps for a good close</h3>"
                                "<ol>"
                                '<li><strong>Sum up together.</strong> "Today we found you a place to '
                                'stay, and you called your sister."</li>'
                                '<li><strong>Check the next step.</strong> "Tomorrow you will go to '
                                'the One Stop Centre at ten. Is that still what you want?"</li>'
                                "<li><strong>Check she is safe enough.</strong> Is she going somewhere "
                                "safe? Does someone she trusts know where she is?</li>"
                                "<li><strong>Say how to find help.</strong> Give her the helplines she "
                                "may need, such as 181 or Tele-MANAS 14416, and your number if your "
                                "organisation allows it.</li>"
                                "<li><strong>Agree on follow-up.</strong> When and how will you check "
                                "in? Only promise what you will really do.</li>"
                                "<li><strong>Say goodbye warmly.</strong> Thank her for her trust. Name "
                                'one strength you saw: "You stayed steady enough to make a plan. That '
                                'took courage."</li>'
                                "</ol>"
                                "<h3>Handing over</h3>"
                                "<p>If someone else will continue her care, such as a counsellor or a "
                                "case worker, introduce them if you can. Tell her what you will share "
                                "with them, and ask for her agreement.</p>"
                                "<p>Lakshmi always ends with the same words: \"You don't have to carry "
                                'this alone." Women in her collective say they remember it long '
                                "after.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Numbers on a shared phone",
                                "text": (
                                    "If her phone is shared or checked by others, help her save numbers "
                                    "under a neutral name, or learn them by heart. 112 and 181 are "
                                    "short and easy to remember."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m2-recording-only-what-is-needed",
                    "title": "Recording only what is needed",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>After a contact, your organisation may ask you to write a short "
                                "note. A record helps the next helper, and shows what help was given. "
                                "But every extra detail is a risk. Records can be lost, read by people "
                                "who should not see them, or shared by mistake. For a survivor, that "
                                "can mean danger, shame, or harm to her case.</p>"
                                "<h3>What belongs in the record</h3>"
                                "<ul>"
                                "<li>The date, and your name as the helper</li>"
                                "<li>Her username or case code, as your organisation uses</li>"
                                '<li>The kind of help given, for example "comfort and practical help; '
                                'linked to legal aid"</li>'
                                "<li>Referrals made, and whether she agreed</li>"
                                "<li>The agreed next step and follow-up date</li>"
                                "<li>Any safety concern or escalation: what you did and who you "
                                "told</li>"
                                "</ul>"
                                "<h3>What stays out</h3>"
                                "<ul>"
                                "<li>The details of what happened to her</li>"
                                '<li>Your guesses and opinions, like "seems to be lying" or '
                                '"depressed"</li>'
                                "<li>Caste, religion, or other personal details not needed for her "
                                "help</li>"
                                "<li>Names of other people, unless needed for safety</li>"
                                "<li>Photos, voice notes or screenshots</li>"
                                "</ul>"
                                "<h3>Keep it safe</h3>"
                                "<p>Write only in the place your organisation gives you. Do not keep "
                                "notes on WhatsApp, in a personal diary, or on a shared phone. Only "
                                "people who need to know should read them. She has the right to know "
                                "what is written about her.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Which of these belong in Jaya's record? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "A record holds only what the next helper needs: help "
                                            "given, referrals with her agreement, and next steps."
                                        ),
                                        "options": [
                                            {
                                                "text": "Helped with food; ration office visit planned for Monday",
                                                "correct": True,
                                                "feedback": "Yes - this shows the help given and the next step.",
                                            },
                                            {
                                                "text": "The full story of what happened to her in the past",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - her story is hers. It is not needed for "
                                                    "this record and could put her at risk."
                                                ),
                                            },
                                            {
                                                "text": "Agreed to be referred to legal aid",
                                                "correct": True,
                                                "feedback": "Yes - referrals and her agreement belong in the record.",
                                            },
                                            {
                                                "text": "Her caste and religion",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - these details are not needed for her "
                                                    "help, so they stay out."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Where should you keep your note?",
                                        "kind": "single",
                                        "explanation": (
                                            "Keep records only in the safe place your organisation "
                                            "gives you, where only the right people can read them."
                                        ),
                                        "options": [
                                            {
                                                "text": "In your organisation's safe record system",
                                                "correct": True,
                                                "feedback": "Yes - only people who need to know can see it there.",
                                            },
                                            {
                                                "text": "In a WhatsApp group with other mentors",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - messages can be forwarded or seen on "
                                                    "other phones. Use your organisation's safe record."
                                                ),
                                            },
                                            {
                                                "text": "As a photo in your phone's gallery",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - family members or others may see your "
                                                    "gallery. Use your organisation's safe record."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which note is written well?",
                                        "kind": "single",
                                        "explanation": (
                                            "A good note is short and factual: help given, referrals "
                                            "with her agreement, and follow-up."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    '"Offered comfort and water. She chose to call her '
                                                    "cousin. Referred to One Stop Centre with her "
                                                    'agreement. Follow-up call on Thursday."'
                                                ),
                                                "correct": True,
                                                "feedback": "Yes - it is short, factual and useful for the next helper.",
                                            },
                                            {
                                                "text": (
                                                    '"She seemed weak and too emotional. Her whole '
                                                    'story is written below so others know."'
                                                ),
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this has opinions and private details. "
                                                    "Keep to facts about the help given."
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
                    "slug": "m2-after-the-contact",
                    "title": "Reflection: after the contact",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            (
                                "<p>When a contact ends, your work is not quite over. There is one "
                                "more person to look after: you. Hearing someone's pain can stay with "
                                "you. You might feel tired, sad, angry or restless. This is common, "
                                "and it is not a sign that you are weak.</p>"
                                "<p>Before you move on, take a few minutes. Breathe out slowly. Drink "
                                "some water. Notice how your body feels. If the contact was heavy, "
                                "talk to your supervisor or a fellow mentor. You do not need to share "
                                "her private details to do this. Talk about how <em>you</em> "
                                "feel.</p>"
                                "<p>Many mentors keep a small closing habit. Anjali washes her face and "
                                "hands and says a short prayer. Rekha walks home the long way, past the "
                                "fields. Salma calls a friend and talks about something ordinary, like "
                                "what to cook tonight. Small habits like these tell your mind that the "
                                "contact is closed and you can rest.</p>"
                                "<p>You will learn more about caring for yourself in the course "
                                '"Caring for the helper".</p>'
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "What small habit could help you close a contact and rest "
                                    "afterwards? Who could you talk to after a heavy day?"
                                ),
                                "hint": "Choose something simple you can do anywhere, in five minutes or less.",
                            },
                        ),
                    ],
                },
            ],
            "check": {
                "pass_mark": 80,
                "questions": [
                    {
                        "prompt": "Which of these help you close a contact well? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A good close sums up, checks the next step and her safety, shares how "
                            "to find help, agrees follow-up, and says goodbye warmly."
                        ),
                        "options": [
                            {
                                "text": "Sum up what you did together",
                                "correct": True,
                                "feedback": "Yes - it helps her remember and feel progress.",
                            },
                            {
                                "text": "Check she is going somewhere safe",
                                "correct": True,
                                "feedback": "Yes - safety matters at the end too.",
                            },
                            {
                                "text": "Leave quickly without saying goodbye, so she is not upset",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a sudden ending can leave her feeling dropped. Say "
                                    "goodbye warmly."
                                ),
                            },
                            {
                                "text": "Name one strength you saw in her",
                                "correct": True,
                                "feedback": "Yes - this builds her confidence.",
                            },
                        ],
                    },
                    {
                        "prompt": "You agree to call Sunita on Friday. What matters most about this promise?",
                        "kind": "single",
                        "explanation": "Only promise what you will really do, and then do it.",
                        "options": [
                            {
                                "text": "That you really call on Friday, as agreed",
                                "correct": True,
                                "feedback": "Yes - keeping small promises builds trust.",
                            },
                            {
                                "text": "That you call only if you have time",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she may be waiting for you. If you cannot keep it, "
                                    "agree a time you can keep."
                                ),
                            },
                            {
                                "text": "That you call her family instead of her",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the agreement was with her, and her family may not "
                                    "know about her contact with you."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What stays out of a PFA record? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Leave out story details, opinions, caste or religion, and photos. "
                            "Keep only what the next helper needs."
                        ),
                        "options": [
                            {
                                "text": "Details of what happened to her",
                                "correct": True,
                                "feedback": "Yes - her story stays with her.",
                            },
                            {
                                "text": 'Your opinion that she "seems to be lying"',
                                "correct": True,
                                "feedback": "Yes - opinions and guesses do not belong in a record.",
                            },
                            {
                                "text": "The referral you made, with her agreement",
                                "correct": False,
                                "feedback": (
                                    "Not yet - referrals belong in the record, so the next helper "
                                    "knows what was done."
                                ),
                            },
                            {
                                "text": "A photo of her",
                                "correct": True,
                                "feedback": "Yes - photos put her identity at risk.",
                            },
                        ],
                    },
                    {
                        "prompt": "Why should a record hold only what is needed?",
                        "kind": "single",
                        "explanation": (
                            "Every extra detail is a risk: records can be lost, seen or shared, "
                            "and that can bring danger or shame to a survivor."
                        ),
                        "options": [
                            {
                                "text": "Because extra details could be seen or shared, and put her at risk",
                                "correct": True,
                                "feedback": "Yes - less detail means less risk for her.",
                            },
                            {
                                "text": "Because records do not matter",
                                "correct": False,
                                "feedback": (
                                    "Not yet - records do matter. They help the next helper. They "
                                    "just need to be short and safe."
                                ),
                            },
                            {
                                "text": "Because writing takes too long",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the reason is her safety and privacy, not time."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
