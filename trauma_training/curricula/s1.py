"""S1: "Leading and speaking up" (code S1), for survivor leaders.

Audio-first: very short sentences and simple words. Six modules: roles in a collective;
talking, listening and I-statements; public speaking; sharing your story safely within your
own limits; working through conflict; advocacy, ending with the applied project that a mentor
or peer panel signs off (Survivor Leader pathway, DOMAIN.md section 3).
No lesson asks a learner to tell her own story. Checked by ``schema.validate_course``.
"""

COURSE = {
    "code": "S1",
    "slug": "leading-and-speaking-up",
    "title": "Leading and speaking up",
    "summary": (
        "For survivor leaders. Lead well in your collective. Listen and speak with "
        "confidence. Share only what you choose. Settle disagreements calmly. Ask people "
        "in power for change. Every lesson can be heard as well as read."
    ),
    "audience": "survivor_leader",
    # Six modules of at most 45 minutes each (the module limit), so 270 minutes of lessons.
    "estimated_minutes": 270,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "s1-roles-in-a-collective",
            "title": "Roles in a collective",
            "estimated_minutes": 45,
            "objectives": [
                "Name four roles in a collective and what each one does",
                "Choose one role you could try in the next three months",
                "Plan a meeting with a start, a middle and an end",
                "Say why roles take turns",
            ],
            "lessons": [
                {
                    "slug": "s1-what-a-collective-is-for",
                    "title": "What a collective is for",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>A collective is a group of people who stand together. In a "
                            "survivor collective, members share a path. They help each other. "
                            "They speak up together.</p>"
                            "<p>One voice can be missed. Many voices are hard to ignore. That "
                            "is the power of a collective.</p>"
                            "<h3>What a collective can do</h3>"
                            "<ul>"
                            "<li>Meet often, so no one feels alone.</li>"
                            "<li>Share news about jobs, training and government schemes.</li>"
                            "<li>Help members get papers, like a ration card or a bank "
                            "account.</li>"
                            "<li>Go together to offices, like the District Legal Services "
                            "Authority.</li>"
                            "<li>Speak to leaders about changes that matter.</li>"
                            "</ul>"
                            "<p>Think of a collective in Murshidabad. Rekha and her friends meet "
                            "every second Sunday. At first, they only talked. Now they help new "
                            "members open bank accounts. Last year, they went as a group to meet "
                            "the block officer. Alone, each of them had been sent away. "
                            "Together, they were heard.</p>"
                            "<p>A collective does not belong to one person. It belongs to all "
                            "its members. Everyone has something to give. Some are good with "
                            "numbers. Some make people feel welcome. Some are brave in front of "
                            "officials. Some remember every detail.</p>"
                            "<p>You already have skills. Getting through hard times takes "
                            "strength, patience and care. These are leadership skills too.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "You can lead in your own way",
                                "text": (
                                    "Leading does not mean being loud. It means caring for the "
                                    "group and helping it move forward. Quiet people make fine "
                                    "leaders."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-roles-we-share",
                    "title": "Roles we share",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>A collective runs better when jobs are shared. Here are some "
                            "common roles. Your group may use other names. That is fine.</p>"
                            "<h3>Leader or facilitator</h3>"
                            "<p>Opens the meeting. Keeps to the plan. Makes sure everyone gets a "
                            "turn to speak. Does not decide alone.</p>"
                            "<h3>Note-keeper</h3>"
                            "<p>Keeps a record of what was decided, and who will do what. If "
                            "writing is hard, a voice note on the phone works well.</p>"
                            "<h3>Money-keeper</h3>"
                            "<p>Looks after group savings. Keeps a clear record. Shows the "
                            "record at every meeting, so everyone can see.</p>"
                            "<h3>Welcomer</h3>"
                            "<p>Greets new members. Sits with them. Explains how the group "
                            "works. Checks on anyone who missed a meeting.</p>"
                            "<h3>Link person</h3>"
                            "<p>Keeps in touch with the mentor, the NGO and the offices. Brings "
                            "news back to the group.</p>"
                            "<h3>Taking turns</h3>"
                            "<p>Roles can change hands. Salma was the note-keeper for six "
                            "months. Then she passed it to Lakshmi and became the welcomer. "
                            "Taking turns lets more people learn. It also stops one person "
                            "carrying too much.</p>"
                            "<p>No one should be pushed into a role. Each member says yes or no. "
                            "It is fine to start small, like keeping time at a meeting.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Which role fits you?",
                                "text": (
                                    "Think about what you enjoy. Meeting new people? Counting? "
                                    "Remembering? Pick one role you could try in the next three "
                                    "months. Tell your mentor or a friend."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-running-a-good-meeting",
                    "title": "Running a good meeting",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>A good meeting has a start, a middle and an end. It does not "
                            "need to be long. One hour is often enough.</p>"
                            "<h3>The start</h3>"
                            "<ul>"
                            "<li>Welcome everyone by name.</li>"
                            "<li>Do a quick check-in: “One word for how you feel today.”</li>"
                            "<li>Remind everyone of the group rules. What is said here stays "
                            "here. One person speaks at a time. Anyone can pass.</li>"
                            "</ul>"
                            "<h3>The middle</h3>"
                            "<ul>"
                            "<li>Say the plan: two or three things to talk about.</li>"
                            "<li>Take one thing at a time.</li>"
                            "<li>Ask quiet members, “Would you like to add anything?” Let them "
                            "say no.</li>"
                            "<li>Agree what to do, who will do it, and by when.</li>"
                            "</ul>"
                            "<h3>The end</h3>"
                            "<ul>"
                            "<li>The note-keeper reads back what was decided.</li>"
                            "<li>Fix the date of the next meeting.</li>"
                            "<li>End on something good: a thank-you, a song, or one piece of "
                            "good news.</li>"
                            "</ul>"
                            "<p>Anjali leads her collective near Raipur. She keeps a small "
                            "notebook. At the top of each page she draws three small pictures, "
                            "one for each thing to talk about. When people drift, she smiles and "
                            "says, “Let us come back to our plan.” Her meetings stay calm and "
                            "short.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "When one person talks a lot",
                                "text": (
                                    "Thank them. Then say, “Let us hear from someone who has "
                                    "not spoken yet.” Be kind and be firm."
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
                        "prompt": "What does a note-keeper do?",
                        "kind": "single",
                        "explanation": (
                            "The note-keeper keeps a record, on paper or as a voice note, of "
                            "what was decided and who will do what."
                        ),
                        "options": [
                            {
                                "text": "Keeps a record of what was decided and who will do what",
                                "correct": True,
                                "feedback": (
                                    "Yes - a clear record helps everyone remember and follow up."
                                ),
                            },
                            {
                                "text": "Makes decisions for the group",
                                "correct": False,
                                "feedback": (
                                    "Not yet - in a collective, the group decides together. "
                                    "The note-keeper writes down or records what they decided."
                                ),
                            },
                            {
                                "text": "Looks after the group's savings",
                                "correct": False,
                                "feedback": (
                                    "Not yet - that is the money-keeper. The note-keeper keeps "
                                    "the record of decisions."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these help a meeting go well? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A good meeting welcomes everyone, lets anyone pass, and ends with a "
                            "clear plan of who will do what."
                        ),
                        "options": [
                            {
                                "text": "Welcome everyone and do a quick check-in",
                                "correct": True,
                                "feedback": "Yes - this helps people feel safe and seen.",
                            },
                            {
                                "text": "Agree who will do what, and by when",
                                "correct": True,
                                "feedback": "Yes - this turns talk into action.",
                            },
                            {
                                "text": "Let the loudest person decide",
                                "correct": False,
                                "feedback": (
                                    "Not yet - everyone should get a turn. Quiet members often "
                                    "have good ideas."
                                ),
                            },
                            {
                                "text": "Let anyone pass if they do not want to speak",
                                "correct": True,
                                "feedback": "Yes - speaking is always a choice.",
                            },
                        ],
                    },
                    {
                        "prompt": "Why is it good for roles to take turns?",
                        "kind": "single",
                        "explanation": (
                            "When roles take turns, more members learn new skills, and no one "
                            "carries too much for too long."
                        ),
                        "options": [
                            {
                                "text": "More people learn, and no one carries too much",
                                "correct": True,
                                "feedback": "Yes - sharing roles makes the whole group stronger.",
                            },
                            {
                                "text": "So there is someone to blame when things go badly",
                                "correct": False,
                                "feedback": (
                                    "Not yet - roles are about sharing the work and learning, "
                                    "not about blame."
                                ),
                            },
                            {
                                "text": "Because roles do not really matter",
                                "correct": False,
                                "feedback": (
                                    "Not yet - roles matter a lot. Taking turns lets more "
                                    "people learn them."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Salma is asked to be the money-keeper. She does not feel ready. "
                            "What is best?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "No one should be pushed into a role. A member can say no, or start "
                            "with something smaller."
                        ),
                        "options": [
                            {
                                "text": "She can say no, or start with a smaller role",
                                "correct": True,
                                "feedback": (
                                    "Yes - her choice matters. She can build up step by step."
                                ),
                            },
                            {
                                "text": "She must say yes because she was asked",
                                "correct": False,
                                "feedback": (
                                    "Not yet - being asked is not the same as having to agree. "
                                    "She can say no."
                                ),
                            },
                            {
                                "text": "She should leave the collective",
                                "correct": False,
                                "feedback": (
                                    "Not yet - there is a place for her in the group. She can "
                                    "help in another way."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What is a good way to end a meeting? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "At the end, read back what was decided, fix the next date, and end "
                            "on something good."
                        ),
                        "options": [
                            {
                                "text": "Read back what was decided",
                                "correct": True,
                                "feedback": "Yes - everyone leaves knowing the plan.",
                            },
                            {
                                "text": "Fix the date of the next meeting",
                                "correct": True,
                                "feedback": "Yes - this keeps the group meeting regularly.",
                            },
                            {
                                "text": "Leave without a plan",
                                "correct": False,
                                "feedback": (
                                    "Not yet - without a plan, good ideas get lost. Agree next "
                                    "steps before you leave."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "s1-talking-and-listening",
            "title": "Talking and listening: I-statements",
            "estimated_minutes": 45,
            "objectives": [
                "Name three signs of good listening",
                "Say the four parts of an I-statement",
                "Rewrite a blaming “you” sentence as an I-statement",
                "Say no clearly and kindly",
            ],
            "lessons": [
                {
                    "slug": "s1-listening-first",
                    "title": "Listening first",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Good talking starts with good listening. When people feel heard, "
                            "they calm down. They trust you more. They share their ideas.</p>"
                            "<h3>Signs that you are listening</h3>"
                            "<ul>"
                            "<li>You face the person and keep still.</li>"
                            "<li>You let them finish. You do not jump in.</li>"
                            "<li>You nod, or say small words like “hmm” or “I see”.</li>"
                            "<li>You put your phone away.</li>"
                            "<li>You say back what you heard: “So you are worried about the "
                            "rent.”</li>"
                            "</ul>"
                            "<p>Saying back is powerful. It shows you understood. If you got it "
                            "a little off, the person can fix it. That is fine. You both "
                            "learn.</p>"
                            "<p>Listening does not mean you agree. It means you are trying to "
                            "understand. You can listen fully and still think differently.</p>"
                            "<p>Lakshmi leads a collective near Vijayawada. A new member, Padma, "
                            "was upset. Nobody had told her about a training. Lakshmi wanted to "
                            "explain at once. Instead she said, “Tell me more.” Padma talked for "
                            "two minutes. Then Lakshmi said, “You felt left out. That hurt.” "
                            "Padma nodded. After that, they planned together how news gets "
                            "shared.</p>"
                            "<p>Also listen to what is not said. A person who is quiet, looks "
                            "down, or keeps leaving may want a gentle word after the meeting. Do "
                            "not push. Just open the door: “I am here if you want to talk.”</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Listen to understand",
                                "text": (
                                    "Before you answer, ask yourself: do I know what this "
                                    "person needs? If not, ask one more question."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-speaking-with-i-statements",
                    "title": "Speaking with I-statements",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>When we are upset, we often start with “you”. “You never help.” "
                            "“You always come late.” These words feel like an attack. The other "
                            "person defends herself. The fight grows.</p>"
                            "<p>An I-statement starts with you and your feelings. It says what "
                            "happened, without blame. Then it asks for a change.</p>"
                            "<h3>Four parts of an I-statement</h3>"
                            "<ol>"
                            "<li><strong>I feel</strong> ... say the feeling.</li>"
                            "<li><strong>when</strong> ... say what happened, plainly.</li>"
                            "<li><strong>because</strong> ... say why it matters to you.</li>"
                            "<li><strong>I would like</strong> ... ask for what you need.</li>"
                            "</ol>"
                            "<h3>An example</h3>"
                            "<p>Blaming: “You always come late. You do not care about this "
                            "group.”</p>"
                            "<p>I-statement: “I feel worried when the meeting starts late, "
                            "because some members must leave by five. I would like us all to "
                            "come by two o'clock.”</p>"
                            "<p>Hear the difference? The second one is calm. It talks about the "
                            "problem, not the person. It gives a clear ask.</p>"
                            "<p>You do not need all four parts every time. Even “I feel upset "
                            "when I am cut off” is a good start.</p>"
                            "<p>I-statements work with family, employers and officials too. For "
                            "example, at an office: “I feel confused when I am sent to another "
                            "desk, because this is my third visit. I would like to know who can "
                            "help me today.”</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Say it out loud",
                                "text": (
                                    "Think of a small thing that annoys you, like a tap left "
                                    "running. Say an I-statement about it out loud. Practise on "
                                    "small things first. Then big things get easier."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-practise-i-statements-and-saying-no",
                    "title": "Practise: I-statements and saying no",
                    "estimated_minutes": 13,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Saying no is also good communication. As a leader, you will get "
                            "many requests. You cannot do everything. Saying no protects your "
                            "time and your health.</p>"
                            "<h3>A clear, kind no</h3>"
                            "<ul>"
                            "<li>Keep it short: “No, I cannot do that this week.”</li>"
                            "<li>You do not need a long excuse.</li>"
                            "<li>If you want to, offer something else: “I cannot go on Monday. "
                            "I can go on Thursday.”</li>"
                            "<li>If they ask again, say the same words again, calmly.</li>"
                            "</ul>"
                            "<p>Sometimes people ask survivors to do things that do not feel "
                            "right. To speak at an event with no notice. To give a photo. To "
                            "meet someone alone. You can always say no. A no is a full "
                            "answer.</p>"
                            "<h3>Put the two skills together</h3>"
                            "<p>You can say no with an I-statement too. “I feel stretched when I "
                            "take on too much, because then I cannot do anything well. I would "
                            "like to say no to this one.” It is calm, honest and clear.</p>"
                            "<p>Now let us practise. Read or listen to each question. Choose the "
                            "answer you think is best. There is no time limit. You can try again "
                            "as many times as you like.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Which one is an I-statement?",
                                        "kind": "single",
                                        "explanation": (
                                            "An I-statement starts with your feeling, says what "
                                            "happened and why it matters, without blaming the "
                                            "person."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "“I feel upset when plans change at the last "
                                                    "minute, because I cannot arrange childcare.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - it names a feeling, what happened, "
                                                    "and why it matters."
                                                ),
                                            },
                                            {
                                                "text": "“You keep changing plans. You are so careless.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this starts with “you” and "
                                                    "blames the person. Try starting with "
                                                    "“I feel”."
                                                ),
                                            },
                                            {
                                                "text": "“Everyone says you are careless.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this blames the person and "
                                                    "speaks for others. Speak for yourself, "
                                                    "starting with “I feel”."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Rekha says, “You never let me speak!” Which is a "
                                            "better way to say it?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Rekha can name her feeling and ask for what she "
                                            "needs, without attacking."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "“I feel unheard when I am cut off. I would "
                                                    "like to finish my point.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - calm, clear, and it asks for a change."
                                                ),
                                            },
                                            {
                                                "text": "“You are rude and selfish.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - name-calling makes the fight "
                                                    "bigger. Start with how you feel."
                                                ),
                                            },
                                            {
                                                "text": "Say nothing and stop coming to meetings",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - Rekha's voice matters to the "
                                                    "group. An I-statement helps her be heard."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Which are parts of an I-statement? Choose all that "
                                            "fit."
                                        ),
                                        "kind": "multiple",
                                        "explanation": (
                                            "The four parts are: I feel, when, because, and I "
                                            "would like."
                                        ),
                                        "options": [
                                            {
                                                "text": "I feel ...",
                                                "correct": True,
                                                "feedback": "Yes - start with your feeling.",
                                            },
                                            {
                                                "text": "when ...",
                                                "correct": True,
                                                "feedback": "Yes - say plainly what happened.",
                                            },
                                            {
                                                "text": "I would like ...",
                                                "correct": True,
                                                "feedback": "Yes - ask for what you need.",
                                            },
                                            {
                                                "text": "You always ...",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - “you always” sounds like blame. "
                                                    "Keep the focus on your feeling and your "
                                                    "ask."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "An officer asks Salma to speak at an event "
                                            "tomorrow. She is not ready. What could she say?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "A short, clear no is enough. Offering another time "
                                            "is a choice, not a duty."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "“No, I cannot do it tomorrow. I could do "
                                                    "one next month.”"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - short and clear. She also offers "
                                                    "another time, because she wants to."
                                                ),
                                            },
                                            {
                                                "text": "Say yes, even though she does not want to",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - she is allowed to say no. Her "
                                                    "readiness matters."
                                                ),
                                            },
                                            {
                                                "text": "“Sorry, I am useless at these things.”",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - she is not useless. She can say "
                                                    "no without putting herself down."
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
                        "prompt": "Which are signs of good listening? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Good listening means facing the person, letting them finish, and "
                            "saying back what you heard."
                        ),
                        "options": [
                            {
                                "text": "Facing the person and keeping still",
                                "correct": True,
                                "feedback": "Yes - it shows you are paying attention.",
                            },
                            {
                                "text": "Letting them finish before you speak",
                                "correct": True,
                                "feedback": "Yes - people feel respected when they can finish.",
                            },
                            {
                                "text": "Checking your phone while they talk",
                                "correct": False,
                                "feedback": (
                                    "Not yet - put the phone away so the person knows they "
                                    "have your full attention."
                                ),
                            },
                            {
                                "text": "Saying back what you heard",
                                "correct": True,
                                "feedback": "Yes - it shows you understood and lets them correct you.",
                            },
                        ],
                    },
                    {
                        "prompt": "Why is it useful to say back what you heard?",
                        "kind": "single",
                        "explanation": (
                            "Saying back shows you understood. If you got it a little off, the "
                            "person can put it right."
                        ),
                        "options": [
                            {
                                "text": "It shows you understood, and lets the person correct you",
                                "correct": True,
                                "feedback": "Yes - you both end up with the same picture.",
                            },
                            {
                                "text": "It proves that you agree with them",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you can understand someone and still think "
                                    "differently. Saying back shows understanding."
                                ),
                            },
                            {
                                "text": "It makes the talk last longer",
                                "correct": False,
                                "feedback": (
                                    "Not yet - saying back often saves time, because it stops "
                                    "mix-ups early."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "“I feel worried when the money book is not shown, because we cannot "
                            "check our savings.” Which part is missing?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "The sentence has “I feel”, “when” and “because”. It still needs the "
                            "ask: “I would like the book shown at every meeting.”"
                        ),
                        "options": [
                            {
                                "text": "The ask: “I would like ...”",
                                "correct": True,
                                "feedback": (
                                    "Yes - adding a clear ask helps the other person know what "
                                    "to do."
                                ),
                            },
                            {
                                "text": "The feeling: “I feel ...”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the feeling is there: “I feel worried”. Look for "
                                    "the ask."
                                ),
                            },
                            {
                                "text": "What happened: “when ...”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - what happened is there: “when the money book is "
                                    "not shown”. Look for the ask."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Do you always need to give a reason when you say no?",
                        "kind": "single",
                        "explanation": (
                            "A no is a full answer. You may give a reason if you want, but you "
                            "do not have to."
                        ),
                        "options": [
                            {
                                "text": "No. A short, clear no is enough",
                                "correct": True,
                                "feedback": "Yes - you do not owe anyone a long excuse.",
                            },
                            {
                                "text": "Yes, or the no does not count",
                                "correct": False,
                                "feedback": (
                                    "Not yet - your no counts on its own. A reason is your choice."
                                ),
                            },
                            {
                                "text": "Only leaders are allowed to say no",
                                "correct": False,
                                "feedback": ("Not yet - every person can say no, leader or not."),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Which are blaming sentences that you could rewrite as I-statements? "
                            "Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Sentences that start with “you always” or “you never” usually "
                            "sound like blame. An I-statement starts with your feeling."
                        ),
                        "options": [
                            {
                                "text": "“You always forget.”",
                                "correct": True,
                                "feedback": (
                                    "Yes - try: “I feel let down when the task is not done, "
                                    "because we needed it. I would like a reminder system.”"
                                ),
                            },
                            {
                                "text": "“You never listen to anyone.”",
                                "correct": True,
                                "feedback": (
                                    "Yes - try: “I feel unheard when I am cut off. I would "
                                    "like to finish.”"
                                ),
                            },
                            {
                                "text": "“I feel tired when meetings run late.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - look again. This one is already an "
                                    "I-statement. It starts with “I feel”."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "s1-speaking-in-public",
            "title": "Speaking in public",
            "estimated_minutes": 45,
            "objectives": [
                "Plan a short talk with a start, three points and an end",
                "Use two ways to calm nerves before you speak",
                "Answer a question, or turn down a personal question, with a ready line",
                "Practise a one-minute talk out loud",
            ],
            "lessons": [
                {
                    "slug": "s1-plan-a-short-talk",
                    "title": "Plan a short talk",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Speaking in public can mean many things. A few words at a "
                            "village meeting. A talk at a school. A question to an officer. A "
                            "few minutes on local radio. In every case, a little planning helps "
                            "a lot.</p>"
                            "<h3>Three questions before you plan</h3>"
                            "<ul>"
                            "<li><strong>Who</strong> will listen? Women from your village? "
                            "Police officers? Students?</li>"
                            "<li><strong>Why</strong> are you speaking? To share news, to ask "
                            "for something, or to invite people to join?</li>"
                            "<li><strong>How long</strong> do you have? Two minutes? Ten?</li>"
                            "</ul>"
                            "<h3>The rule of three</h3>"
                            "<p>People remember three things well. Give them more, and they "
                            "forget. So choose three points. Then add a start and an end.</p>"
                            "<ol>"
                            "<li><strong>Start:</strong> say who you are and why you are here. "
                            "“My name is Anjali. I work with women's collectives in "
                            "Bilaspur.”</li>"
                            "<li><strong>Three points:</strong> give a short example for "
                            "each.</li>"
                            "<li><strong>End:</strong> say what you want people to do. “Please "
                            "tell the women in your ward that legal aid is free.”</li>"
                            "</ol>"
                            "<p>You do not need to write it all down. Many good speakers use "
                            "three small pictures or three words on a card. Some record the talk "
                            "on a phone and listen back.</p>"
                            "<p>Practise out loud. Say it to a friend, to a mirror, or to your "
                            "phone. Each time, it gets easier.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Three words, one minute",
                                "text": (
                                    "Choose a topic you know well, like how your collective "
                                    "saves money. Pick three words to remind you of three "
                                    "points. Speak for one minute using only those words."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-calm-nerves-strong-voice",
                    "title": "Calm nerves, strong voice",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Almost everyone feels nervous before speaking. Your heart beats "
                            "fast. Your hands shake. Your mouth goes dry. This is normal. It "
                            "means you care.</p>"
                            "<h3>Before you speak</h3>"
                            "<ul>"
                            "<li>Breathe slowly. In through the nose, counting to four. Out "
                            "through the mouth, counting to six. Do this three times.</li>"
                            "<li>Press your feet into the floor. Feel the ground holding "
                            "you.</li>"
                            "<li>Drink a little water.</li>"
                            "<li>Find one friendly face, or bring a friend from your "
                            "collective.</li>"
                            "</ul>"
                            "<h3>While you speak</h3>"
                            "<ul>"
                            "<li>Speak slowly. Slower than feels natural.</li>"
                            "<li>Pause after each point. Pauses help people listen.</li>"
                            "<li>Look at different parts of the room.</li>"
                            "<li>If you lose your place, stop, look at your card, and carry on. "
                            "No one minds.</li>"
                            "</ul>"
                            "<p>Your voice is strongest when it comes from your belly, not your "
                            "throat. Sit or stand straight. Let your shoulders drop. Speak to "
                            "the people at the back.</p>"
                            "<p>Salma was scared before her first talk at the district office. "
                            "Her hands shook. She told the room, “I am a little nervous, because "
                            "this matters to me.” People smiled. The talk went well. Being "
                            "honest about nerves can make people listen more.</p>"
                            "<p>Remember: you are not being tested. You are sharing what you "
                            "know. Your experience as a leader has value.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Nerves are energy",
                                "text": (
                                    "Nervous feelings do not mean you cannot do it. They give "
                                    "you energy. Breathe, slow down, and begin."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-handling-questions",
                    "title": "Handling questions",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>After a talk, people may ask questions. Most questions are "
                            "friendly. Some can be hard. Some can be too personal. You are in "
                            "charge of your answers.</p>"
                            "<h3>Good ways to answer</h3>"
                            "<ul>"
                            "<li>Listen to the whole question. Take a breath.</li>"
                            "<li>If you did not understand, ask, “Could you say that "
                            "again?”</li>"
                            "<li>Keep your answer short. Then stop.</li>"
                            "<li>If you do not know, say so: “I do not know. I will find out and "
                            "tell you.”</li>"
                            "</ul>"
                            "<h3>When a question is too personal</h3>"
                            "<p>Someone may ask about your past. You never have to answer. Have "
                            "a ready line, like one of these:</p>"
                            "<ul>"
                            "<li>“I do not talk about that. I am here to talk about what our "
                            "collective does.”</li>"
                            "<li>“That is private. Let me tell you what would help survivors "
                            "today.”</li>"
                            "</ul>"
                            "<p>Say it calmly, then move on. You do not need to explain "
                            "more.</p>"
                            "<p>Before the event, agree a signal with a friend or your mentor. "
                            "If a question upsets you, give the signal. They can step in and "
                            "say, “Let us take the next question.”</p>"
                            "<p>Lakshmi once spoke to college students. One student asked about "
                            "her past. She smiled and said, “I keep that for myself. But I can "
                            "tell you how to spot a false job offer.” The students listened "
                            "closely. She stayed in charge.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Prepare your line",
                                "text": (
                                    "Choose one sentence you will use to turn down a personal "
                                    "question. Practise it until it comes easily."
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
                        "prompt": "How many main points should a short talk have?",
                        "kind": "single",
                        "explanation": (
                            "People remember about three points well. Add a start and an end."
                        ),
                        "options": [
                            {
                                "text": "About three",
                                "correct": True,
                                "feedback": "Yes - three points are easy to remember.",
                            },
                            {
                                "text": "As many as you can fit in",
                                "correct": False,
                                "feedback": (
                                    "Not yet - with too many points, people forget most of "
                                    "them. Choose your best three."
                                ),
                            },
                            {
                                "text": "None. Just start talking",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a little planning helps a lot. Three points "
                                    "keep you on track."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which can help calm nerves? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Slow breathing, feeling your feet on the floor and having a "
                            "friend nearby all help your body settle."
                        ),
                        "options": [
                            {
                                "text": "Slow breathing, with a longer breath out",
                                "correct": True,
                                "feedback": "Yes - a long breath out helps the body calm down.",
                            },
                            {
                                "text": "Pressing your feet into the floor",
                                "correct": True,
                                "feedback": "Yes - it helps you feel steady.",
                            },
                            {
                                "text": "Speaking as fast as you can to finish sooner",
                                "correct": False,
                                "feedback": (
                                    "Not yet - speaking fast can make nerves worse. Slow down "
                                    "and pause."
                                ),
                            },
                            {
                                "text": "Bringing a friend from the collective",
                                "correct": True,
                                "feedback": "Yes - a friendly face makes a big difference.",
                            },
                        ],
                    },
                    {
                        "prompt": ("During a talk, someone asks about your past. What can you do?"),
                        "kind": "single",
                        "explanation": (
                            "You never have to answer a personal question. Use your ready line "
                            "and move on."
                        ),
                        "options": [
                            {
                                "text": "Use your ready line, then move on",
                                "correct": True,
                                "feedback": "Yes - you stay in charge of what you share.",
                            },
                            {
                                "text": "Answer, because they asked",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a question is not an order. You can always "
                                    "choose not to answer."
                                ),
                            },
                            {
                                "text": "Stop the talk and say sorry",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you have nothing to be sorry for. Say your ready "
                                    "line calmly and carry on."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "You do not know the answer to a question. What is a good reply?",
                        "kind": "single",
                        "explanation": ("It is fine not to know. Say so, and promise to find out."),
                        "options": [
                            {
                                "text": "“I do not know. I will find out and tell you.”",
                                "correct": True,
                                "feedback": "Yes - honest answers build trust.",
                            },
                            {
                                "text": "Make up an answer",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a made-up answer can mislead people. It is fine "
                                    "to say you will find out."
                                ),
                            },
                            {
                                "text": "Pretend you did not hear",
                                "correct": False,
                                "feedback": (
                                    "Not yet - people notice. A simple “I will find out” works "
                                    "better."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What should the end of a talk do?",
                        "kind": "single",
                        "explanation": (
                            "A strong ending tells people what you want them to do next."
                        ),
                        "options": [
                            {
                                "text": "Tell people what you want them to do",
                                "correct": True,
                                "feedback": "Yes - a clear ask turns listening into action.",
                            },
                            {
                                "text": "Start a brand new topic",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a new topic at the end confuses people. Close "
                                    "with your ask."
                                ),
                            },
                            {
                                "text": "Say sorry for taking their time",
                                "correct": False,
                                "feedback": (
                                    "Not yet - your time and words have value. Thank them, and "
                                    "give your ask."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "s1-sharing-your-story-safely",
            "title": "Sharing your story safely",
            "estimated_minutes": 45,
            "objectives": [
                "Say in your own words that your story belongs to you",
                "Name four questions to ask before you agree to speak or be interviewed",
                "Sort what you would share into three circles: open, trusted, just for you",
                "Prepare one sentence to say no to a personal question",
            ],
            "lessons": [
                {
                    "slug": "s1-your-story-belongs-to-you",
                    "title": "Your story belongs to you",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about choosing what to share about your "
                                    "life when you speak in public. It does not ask you to share "
                                    "anything. It mentions trafficking only in general words."
                                ),
                                "summary": (
                                    "Your story belongs to you. You decide what to share, with "
                                    "whom, and when. You can always say no, even after saying "
                                    "yes. You can speak up for change without talking about "
                                    "your past at all."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>People may want to hear your story. Reporters, officials, "
                            "students, even kind NGO workers. Please know this: your story "
                            "belongs to you. No one else owns it.</p>"
                            "<p>You choose:</p>"
                            "<ul>"
                            "<li><strong>If</strong> you share at all.</li>"
                            "<li><strong>What</strong> you share, and what you keep "
                            "private.</li>"
                            "<li><strong>Who</strong> you share it with.</li>"
                            "<li><strong>When</strong> and <strong>where</strong> you share "
                            "it.</li>"
                            "</ul>"
                            "<p>You can always say no. You can say yes, and later change your "
                            "mind. That is your right.</p>"
                            "<h3>You can lead without telling your past</h3>"
                            "<p>Many strong leaders never talk about their past in public. They "
                            "talk about the work of the collective. They talk about what needs "
                            "to change, and what people can do. That is enough. Often it is "
                            "more powerful.</p>"
                            "<h3>Share from a healed place</h3>"
                            "<p>Here is a helpful picture. A scar is a hurt that has healed. You "
                            "can look at it calmly. An open cut still hurts to touch. If talking "
                            "about something still hurts a lot, it is an open cut. Keep it for "
                            "yourself, or for your mentor or a counsellor.</p>"
                            "<p>Sharing a lot does not make you braver. Keeping things private "
                            "does not make you weaker. Both are your choice.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "No is a full answer",
                                "text": (
                                    "You never owe anyone your story. Not a donor, not a "
                                    "reporter, not an officer, not even your friends."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-before-you-agree-to-speak",
                    "title": "Before you agree to speak",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>You may be invited to speak at an event, on the radio, or to a "
                            "reporter. Before you say yes, ask questions. A good organiser will "
                            "be happy to answer.</p>"
                            "<h3>Questions to ask</h3>"
                            "<ul>"
                            "<li>Who will be there? How many people?</li>"
                            "<li>What do you want me to talk about? Can I choose?</li>"
                            "<li>Will my name be used? My face? My village?</li>"
                            "<li>Will there be photos or video? Where will they go?</li>"
                            "<li>Will I be paid for my time and travel?</li>"
                            "<li>Can someone from my collective come with me?</li>"
                            "<li>Can I hear or see the story before it goes out?</li>"
                            "</ul>"
                            "<h3>Protecting who you are</h3>"
                            "<p>The law in India protects the identity of many survivors. Your "
                            "name, face, home or village should not be made public without "
                            "your written permission. You can ask to use another name. You can "
                            "ask that your face is hidden. You can ask that your voice is "
                            "changed.</p>"
                            "<p>Get any agreement in writing. Keep a copy, or a photo of it on "
                            "your phone. Your mentor can help you read it.</p>"
                            "<h3>Being paid</h3>"
                            "<p>Your time and knowledge have value. Other speakers get paid. It "
                            "is fair to ask for payment and travel costs. If asking feels hard, "
                            "ask your mentor or link person to do it.</p>"
                            "<p>A TV channel once asked Rekha to speak. She asked her questions. "
                            "They wanted to show her face. She said, “Then I will not take part. "
                            "Our collective can send a speaker, with her face hidden.” They "
                            "agreed.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Take a friend",
                                "text": (
                                    "Take a trusted person from your collective to every event. "
                                    "They can help you leave if you need to."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-my-sharing-limits",
                    "title": "My sharing limits",
                    "estimated_minutes": 13,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson asks you to think about your own limits for "
                                    "sharing. You do not need to write or say anything about "
                                    "your past. What you write stays private unless you choose "
                                    "to share it."
                                ),
                                "summary": (
                                    "Think of three circles: things you will say to anyone, "
                                    "things only for trusted people, and things just for you. "
                                    "Speak in public only from the outer circle. Prepare one "
                                    "sentence to say no."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Now take some quiet time. Think about your own limits. A limit "
                            "is a line you decide not to cross.</p>"
                            "<p>It can help to picture three circles, one inside the other.</p>"
                            "<h3>The outer circle: open to all</h3>"
                            "<p>Things you are happy to say to anyone. Your first name, or a "
                            "chosen name. Your role in the collective. What your group has done. "
                            "Your hopes for other women and girls.</p>"
                            "<h3>The middle circle: trusted people</h3>"
                            "<p>Things you might share with your mentor, a close friend or your "
                            "collective. Only when you feel ready.</p>"
                            "<h3>The inner circle: just for you</h3>"
                            "<p>Things you keep to yourself. You never have to tell anyone "
                            "about these. You do not even need to name them here.</p>"
                            "<p>Your circles can change over time. Something may move out, or "
                            "move back in. That is your choice, every day.</p>"
                            "<p>Before any talk, think of your circles. Plan to speak only from "
                            "the outer circle. If someone pushes inside, use your ready "
                            "line.</p>"
                            "<p>Notice the signs that you have gone past your limit. Feeling "
                            "shaky. Feeling far away. Not being able to stop talking. If this "
                            "happens, stop. Breathe. Drink some water. It is fine to say, “I "
                            "need a short break.”</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think only about your outer circle. Write or record three "
                                    "things you are happy to talk about in public. Then write "
                                    "one sentence you will use to say no to a personal "
                                    "question."
                                ),
                                "hint": (
                                    "For example: “Our collective helped ten women open bank "
                                    "accounts.” And: “That is private. Let me tell you about our "
                                    "work.” Your answer is private. Do not write about your "
                                    "past."
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
                        "prompt": "Who decides what you share about your life?",
                        "kind": "single",
                        "explanation": (
                            "Your story belongs to you. You decide if, what, with whom and when "
                            "you share."
                        ),
                        "options": [
                            {
                                "text": "You do",
                                "correct": True,
                                "feedback": "Yes - it is always your choice.",
                            },
                            {
                                "text": "The organiser of the event",
                                "correct": False,
                                "feedback": (
                                    "Not yet - an organiser can invite you, but only you decide "
                                    "what you share."
                                ),
                            },
                            {
                                "text": "The reporter who asks",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a reporter can ask, but you decide. You can say no."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A reporter wants to interview you. What should you ask first? "
                            "Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Ask about your name and face, payment, and whether you can hear or "
                            "see the story before it goes out."
                        ),
                        "options": [
                            {
                                "text": "Will my name or face be used?",
                                "correct": True,
                                "feedback": "Yes - you can ask for another name and a hidden face.",
                            },
                            {
                                "text": "Will I be paid for my time and travel?",
                                "correct": True,
                                "feedback": "Yes - your time has value.",
                            },
                            {
                                "text": "Can I hear or see the story before it goes out?",
                                "correct": True,
                                "feedback": "Yes - this helps you check what is said about you.",
                            },
                            {
                                "text": "Nothing. Just agree, so they are not upset",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a good reporter expects questions. Asking keeps "
                                    "you safe."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "You agreed to an interview last week. Today you feel unsure. What "
                            "can you do?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "You can change your mind. A yes today does not bind you tomorrow."
                        ),
                        "options": [
                            {
                                "text": "Change your mind and say no",
                                "correct": True,
                                "feedback": "Yes - you can change your mind at any time.",
                            },
                            {
                                "text": "Go anyway, because you promised",
                                "correct": False,
                                "feedback": (
                                    "Not yet - your wellbeing comes first. You are allowed to "
                                    "say no, even after a yes."
                                ),
                            },
                            {
                                "text": "Go, but share more to make up for feeling unsure",
                                "correct": False,
                                "feedback": (
                                    "Not yet - feeling unsure is a sign to slow down, not to "
                                    "share more. You can say no."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What does “share from a scar, not an open cut” mean?",
                        "kind": "single",
                        "explanation": (
                            "Share only things you can talk about calmly. Things that still "
                            "hurt a lot are for yourself, your mentor or a counsellor."
                        ),
                        "options": [
                            {
                                "text": "Share only what you can talk about calmly",
                                "correct": True,
                                "feedback": "Yes - this keeps you safe while you speak.",
                            },
                            {
                                "text": "Share the most painful things so people understand",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you do not need to share pain to be heard. Keep "
                                    "what still hurts for safe places."
                                ),
                            },
                            {
                                "text": "Never speak in public",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you can speak in public. Just choose what you share."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which is a way to lead without telling your past?",
                        "kind": "single",
                        "explanation": (
                            "You can talk about the collective's work, what must change, and "
                            "what people can do."
                        ),
                        "options": [
                            {
                                "text": "Talk about your collective's work and what must change",
                                "correct": True,
                                "feedback": "Yes - this is strong and keeps your past private.",
                            },
                            {
                                "text": "Let others tell your story for you",
                                "correct": False,
                                "feedback": (
                                    "Not yet - others should not tell your story either, "
                                    "unless you have agreed in writing."
                                ),
                            },
                            {
                                "text": "Stay silent at every event",
                                "correct": False,
                                "feedback": (
                                    "Not yet - your voice matters. You can speak up about the "
                                    "work without sharing your past."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 5
        {
            "slug": "s1-working-through-conflict",
            "title": "Working through conflict",
            "estimated_minutes": 45,
            "objectives": [
                "Name three common causes of conflict in a collective",
                "Use five steps to help two members settle a disagreement",
                "Use one way to pause when you feel angry",
                "Say when to call your mentor or 112",
            ],
            "lessons": [
                {
                    "slug": "s1-why-conflict-happens",
                    "title": "Why conflict happens",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Every group has disagreements. Families do. Villages do. "
                            "Collectives do too. Conflict does not mean your group is broken. "
                            "It often means people care.</p>"
                            "<p>What matters is how you handle it. Handled well, conflict can "
                            "make a group stronger and fairer.</p>"
                            "<h3>Common causes</h3>"
                            "<ul>"
                            "<li><strong>Money:</strong> Who paid? Where did the savings go? Why "
                            "did one person get a loan?</li>"
                            "<li><strong>Feeling left out:</strong> Not being told about a "
                            "meeting or a chance.</li>"
                            "<li><strong>Roles:</strong> One person does all the work. Or one "
                            "person takes all the credit.</li>"
                            "<li><strong>Gossip:</strong> Someone shared private things outside "
                            "the group.</li>"
                            "<li><strong>Stress at home:</strong> Worries about family or money "
                            "can make anyone short-tempered.</li>"
                            "</ul>"
                            "<p>Sometimes old hurts make small things feel big. A raised voice "
                            "can bring back a bad memory. Be gentle with each other. Someone who "
                            "reacts strongly is not a bad person. She may be feeling unsafe.</p>"
                            "<h3>Prevent what you can</h3>"
                            "<ul>"
                            "<li>Show the money book at every meeting.</li>"
                            "<li>Share news with everyone on the same day.</li>"
                            "<li>Take turns with roles.</li>"
                            "<li>Agree group rules together, including keeping things "
                            "private.</li>"
                            "</ul>"
                            "<p>In Anjali's collective, two members argued over a small loan. "
                            "The argument ended when the money-keeper read out every entry. "
                            "Clear records settle many arguments.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "The problem, not the person",
                                "text": (
                                    "Talk about the problem. Do not attack the person. You can "
                                    "disagree and still respect each other."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-five-steps-to-settle-a-disagreement",
                    "title": "Five steps to settle a disagreement",
                    "estimated_minutes": 13,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Sometimes two members cannot settle a problem alone. As a "
                            "leader, you may be asked to help. Your job is not to be a judge. "
                            "Your job is to help them find their own answer.</p>"
                            "<h3>Five steps</h3>"
                            "<ol>"
                            "<li><strong>Pause.</strong> If people are angry, wait. Say, “Let us "
                            "talk tomorrow, when we are calm.” Meet in a quiet, private "
                            "place.</li>"
                            "<li><strong>Set simple rules.</strong> One person talks at a time. "
                            "No shouting. No insults.</li>"
                            "<li><strong>Listen to each side.</strong> Let each person speak "
                            "without being cut off. Say back what you heard. Invite "
                            "I-statements.</li>"
                            "<li><strong>Find what they share.</strong> Often both want the same "
                            "thing. For example, both want the savings to be safe.</li>"
                            "<li><strong>Agree a next step.</strong> Ask, “What could we do "
                            "now?” Let them suggest ideas. Choose one together. Agree when you "
                            "will check back.</li>"
                            "</ol>"
                            "<p>Stay fair. Do not take sides, even if one is your friend. If you "
                            "cannot be fair, ask another leader to help.</p>"
                            "<p>Salma and Padma both wanted a place at a tailoring training. "
                            "Lakshmi met them together. Each one spoke. Both wanted to learn. "
                            "They agreed that Salma would go this time and teach Padma what she "
                            "learned. Padma would go next time.</p>"
                            "<h3>When to get more help</h3>"
                            "<p>Call your mentor if the conflict goes on and on, or if someone "
                            "is threatened, hurt or afraid. If anyone is in danger right now, "
                            "call 112. Violence is never something the group handles "
                            "alone.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Two members are shouting at each other. What is the "
                                            "first step?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Pause first. People cannot listen when they are "
                                            "very angry."
                                        ),
                                        "options": [
                                            {
                                                "text": "Pause, and meet when everyone is calm",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - calm people can listen and find answers."
                                                ),
                                            },
                                            {
                                                "text": "Decide right now who is right",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - you are not a judge. First let "
                                                    "everyone calm down."
                                                ),
                                            },
                                            {
                                                "text": "Tell the whole village about it",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - conflicts are talked about "
                                                    "privately, with the people involved."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Your close friend is in a conflict with another "
                                            "member. What should you do?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "A helper must be fair. If you cannot be fair, ask "
                                            "another leader to help."
                                        ),
                                        "options": [
                                            {
                                                "text": "Ask another leader to help, so it stays fair",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - both people need to trust the helper."
                                                ),
                                            },
                                            {
                                                "text": "Take your friend's side",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - the other member would not feel "
                                                    "heard. Fairness matters."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "When should you call your mentor or 112? Choose "
                                            "all that fit."
                                        ),
                                        "kind": "multiple",
                                        "explanation": (
                                            "Get help when someone is threatened, hurt or "
                                            "afraid. Call 112 if there is danger right now."
                                        ),
                                        "options": [
                                            {
                                                "text": "Someone is threatened or hurt",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - call 112 if there is danger now, and "
                                                    "tell your mentor."
                                                ),
                                            },
                                            {
                                                "text": "Someone is afraid for her safety",
                                                "correct": True,
                                                "feedback": "Yes - her safety comes first.",
                                            },
                                            {
                                                "text": "Two members disagree about the tea for meetings",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this is a small matter. The "
                                                    "group can settle it with the five steps."
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
                    "slug": "s1-when-you-are-part-of-it",
                    "title": "When you are part of the conflict",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            "<p>Sometimes you are not the helper. You are in the conflict "
                            "yourself. That is normal. Leaders are people too.</p>"
                            "<h3>Notice your body</h3>"
                            "<p>When we get angry or scared, the body changes. The face gets "
                            "hot. The jaw goes tight. The heart races. Notice these signs early. "
                            "They tell you to slow down.</p>"
                            "<h3>Ways to pause</h3>"
                            "<ul>"
                            "<li>Breathe out slowly, longer than you breathe in.</li>"
                            "<li>Count to ten before you answer.</li>"
                            "<li>Say, “I need a few minutes,” and step outside.</li>"
                            "<li>Drink a glass of water.</li>"
                            "<li>Press your palms together, then let go.</li>"
                            "</ul>"
                            "<h3>Then talk</h3>"
                            "<p>When you are calm, use an I-statement. “I felt hurt when my idea "
                            "was laughed at, because I worked hard on it. I would like us to "
                            "hear every idea to the end.”</p>"
                            "<p>Be ready to hear the other side too. You may learn something. It "
                            "is strong, not weak, to say, “I see it differently now,” or “I am "
                            "sorry for my part.”</p>"
                            "<h3>Repair</h3>"
                            "<p>If you hurt someone, make it right. Say sorry simply. Do not add "
                            "“but”. Ask, “What can I do to make this better?”</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of a small, everyday disagreement, at home, at the "
                                    "market or in your group. Which signs in your body tell you "
                                    "that you are getting upset? Which way to pause will you try "
                                    "next time?"
                                ),
                                "hint": (
                                    "Pick something small. For example: “My face gets hot. Next "
                                    "time I will count to ten.” Your answer is private."
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
                            "Which are common causes of conflict in a collective? Choose all "
                            "that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Money, feeling left out, uneven roles, gossip and stress at home "
                            "are common causes."
                        ),
                        "options": [
                            {
                                "text": "Money and savings",
                                "correct": True,
                                "feedback": "Yes - clear records prevent many money arguments.",
                            },
                            {
                                "text": "Feeling left out",
                                "correct": True,
                                "feedback": "Yes - share news with everyone on the same day.",
                            },
                            {
                                "text": "Gossip about private things",
                                "correct": True,
                                "feedback": "Yes - agree a group rule about privacy.",
                            },
                            {
                                "text": "Everyone agreeing on every point",
                                "correct": False,
                                "feedback": (
                                    "Not yet - agreement does not cause conflict. Look at the "
                                    "other choices."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "When you help two members settle a disagreement, what is your job?",
                        "kind": "single",
                        "explanation": (
                            "You help them find their own answer. You are not a judge."
                        ),
                        "options": [
                            {
                                "text": "Help them find their own answer",
                                "correct": True,
                                "feedback": (
                                    "Yes - answers they choose themselves are more likely to last."
                                ),
                            },
                            {
                                "text": "Act as a judge and give a verdict",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a verdict can leave one side feeling unheard. "
                                    "Help them decide together."
                                ),
                            },
                            {
                                "text": "Support the person you like more",
                                "correct": False,
                                "feedback": ("Not yet - the helper must be fair to both people."),
                            },
                        ],
                    },
                    {
                        "prompt": "Which is a good way to prevent money arguments?",
                        "kind": "single",
                        "explanation": (
                            "When everyone can see the records, there is less room for doubt."
                        ),
                        "options": [
                            {
                                "text": "Show the money book at every meeting",
                                "correct": True,
                                "feedback": "Yes - open records build trust.",
                            },
                            {
                                "text": "Keep the money book secret",
                                "correct": False,
                                "feedback": (
                                    "Not yet - secret records create doubt. Show them to all "
                                    "members."
                                ),
                            },
                            {
                                "text": "Let one person decide all loans alone",
                                "correct": False,
                                "feedback": (
                                    "Not yet - decisions about group money are made by the group."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "During a conflict, a member is threatened with harm. What do you do?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Threats and violence are never for the group to handle alone. "
                            "Call 112 if there is danger now, and tell your mentor."
                        ),
                        "options": [
                            {
                                "text": "Call 112 if there is danger now, and tell your mentor",
                                "correct": True,
                                "feedback": "Yes - safety comes first.",
                            },
                            {
                                "text": "Settle it inside the group, with no outside help",
                                "correct": False,
                                "feedback": (
                                    "Not yet - threats need outside help. Call your mentor, "
                                    "and 112 if there is danger now."
                                ),
                            },
                            {
                                "text": "Wait and see if it happens again",
                                "correct": False,
                                "feedback": (
                                    "Not yet - do not wait when someone is threatened. Get help "
                                    "now."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are ways to pause when you feel angry? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Slow breathing, counting and stepping away all give your body time "
                            "to calm down."
                        ),
                        "options": [
                            {
                                "text": "Count to ten before you answer",
                                "correct": True,
                                "feedback": "Yes - a few seconds can change what you say.",
                            },
                            {
                                "text": "Breathe out slowly",
                                "correct": True,
                                "feedback": "Yes - a long breath out calms the body.",
                            },
                            {
                                "text": "Say, “I need a few minutes,” and step outside",
                                "correct": True,
                                "feedback": "Yes - taking space is a strong choice.",
                            },
                            {
                                "text": "Shout first and think later",
                                "correct": False,
                                "feedback": (
                                    "Not yet - shouting usually makes things bigger. Pause "
                                    "first, then talk."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 6
        {
            "slug": "s1-speaking-up-for-change",
            "title": "Speaking up for change",
            "estimated_minutes": 45,
            "objectives": [
                "Turn a problem into one clear ask",
                "Name who has the power to say yes to your ask",
                "List three ways a collective can help members claim victim compensation",
                "Plan one applied project and have it signed off by a mentor or peer panel",
            ],
            "lessons": [
                {
                    "slug": "s1-what-advocacy-is",
                    "title": "What advocacy is",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Advocacy means speaking up to get a change. The change can be "
                            "small, like a bus stop near the training centre. Or big, like "
                            "faster help for survivors across the district.</p>"
                            "<p>A collective is a good place for advocacy. Many voices together "
                            "are hard to ignore. And no single person has to carry the "
                            "risk.</p>"
                            "<h3>Four steps to a clear ask</h3>"
                            "<ol>"
                            "<li><strong>The problem.</strong> Say it in one sentence. “Survivors "
                            "in our block wait more than a year for compensation.”</li>"
                            "<li><strong>The change.</strong> What do you want instead? “We want "
                            "decisions to come faster.”</li>"
                            "<li><strong>The person with power.</strong> Who can say yes? Maybe "
                            "the DLSA secretary, the block officer, or the panchayat "
                            "head.</li>"
                            "<li><strong>The ask.</strong> One clear request to that person. "
                            "“Please hold a legal aid camp in our block in the next three "
                            "months.”</li>"
                            "</ol>"
                            "<h3>Ways to ask</h3>"
                            "<ul>"
                            "<li>A letter signed by members.</li>"
                            "<li>A meeting with a small group of leaders.</li>"
                            "<li>Speaking at a gram sabha or a public hearing.</li>"
                            "<li>Working with other groups, NGOs or lawyers.</li>"
                            "</ul>"
                            "<h3>Stay safe</h3>"
                            "<p>No one should be pushed to share her story for a campaign. The "
                            "group can speak as one. A letter can be signed “Members of the "
                            "collective”. Talk to your mentor before any public action.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Problem, change, ask",
                                "text": (
                                    "Think of one thing in your area that makes life harder for "
                                    "women. Say it as a problem, a change and an ask. Say it out "
                                    "loud to a friend."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-campaigning-together-for-compensation",
                    "title": "Campaigning together: victim compensation",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Many survivors have a right to victim compensation. This is "
                            "money from the government to help a person harmed by a crime "
                            "rebuild her life. Each state has its own scheme. The District Legal "
                            "Services Authority, called the DLSA, handles it.</p>"
                            "<p>But many survivors never receive it. They do not know about it. "
                            "Or the forms are hard. Or they get tired of waiting. A collective "
                            "can change this.</p>"
                            "<h3>What a collective can do</h3>"
                            "<ul>"
                            "<li><strong>Spread the word.</strong> Tell members that "
                            "compensation exists, and that legal aid from the DLSA is "
                            "free.</li>"
                            "<li><strong>Help with papers.</strong> Help members gather what they "
                            "have, like a copy of the FIR, an ID card and bank details. A "
                            "para-legal volunteer from the DLSA can help too.</li>"
                            "<li><strong>Go together.</strong> Visit the DLSA office as a small "
                            "group. It feels less frightening.</li>"
                            "<li><strong>Follow up.</strong> Keep a simple record for each "
                            "application: the date, and the next step. Ask politely, and "
                            "often.</li>"
                            "<li><strong>Ask for change.</strong> If many are waiting, write one "
                            "letter together. Ask for a legal aid camp, or for faster "
                            "decisions.</li>"
                            "</ul>"
                            "<p>Picture a collective in West Bengal. Twelve members decided to "
                            "apply. Rekha kept a notebook of dates. Every month, two leaders "
                            "visited the DLSA to ask about progress. No one had to go alone.</p>"
                            "<p>Each member decides for herself whether to apply. The collective "
                            "supports her. It never pressures her.</p>"
                            "<p>The course “Rights, wellbeing and money” explains the steps of "
                            "applying in more detail.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Privacy first",
                                "text": (
                                    "Any list of members who are applying is private. Keep it "
                                    "safe, with one trusted person. Share it only with people "
                                    "each member has agreed to."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s1-your-applied-project",
                    "title": "Your applied project",
                    "estimated_minutes": 12,
                    "completion_rule": "signoff",
                    "body": [
                        (
                            "text",
                            "<p>To complete the Survivor Leader pathway, you plan one applied "
                            "project. This is a real piece of leadership. You choose it. A "
                            "mentor or a peer panel talks it through with you and signs it "
                            "off.</p>"
                            "<h3>Choose one</h3>"
                            "<ul>"
                            "<li><strong>A talk.</strong> A short talk to a group, like "
                            "students, a self-help group or officials. For example: how to spot "
                            "a false job offer.</li>"
                            "<li><strong>A collective session.</strong> Lead one session for "
                            "your collective. For example: using I-statements, or saving money "
                            "safely.</li>"
                            "<li><strong>An advocacy ask.</strong> Make one clear ask to a "
                            "person with power. For example: a letter asking the DLSA for a "
                            "legal aid camp.</li>"
                            "</ul>"
                            "<h3>Your plan: six questions</h3>"
                            "<ol>"
                            "<li>What will I do?</li>"
                            "<li>Who is it for?</li>"
                            "<li>What will be different afterwards?</li>"
                            "<li>What are my three points, or my one clear ask?</li>"
                            "<li>Who will support me, and what help do I need?</li>"
                            "<li>How will I keep myself safe? What will I keep private?</li>"
                            "</ol>"
                            "<p>You can answer by writing, by drawing, or by recording a voice "
                            "note. All of these are fine.</p>"
                            "<h3>Sign-off</h3>"
                            "<p>Share your plan with your mentor or a peer panel. They talk it "
                            "through with you. They look at your skills: planning, speaking "
                            "clearly, working with others, and keeping safe. Nobody asks about "
                            "your past.</p>"
                            "<p>If they suggest changes, that is normal. Improve the plan and "
                            "meet again. There is no limit on tries. When they sign it off, "
                            "carry it out when you are ready, with their support.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Draft your plan. Answer the six questions in your own "
                                    "words, by writing or by voice note."
                                ),
                                "hint": (
                                    "Start small. One clear talk or one clear ask is enough. "
                                    "Your draft is private until you choose to share it with "
                                    "your mentor or panel."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Use what you learned",
                                "text": (
                                    "Use the rule of three, your ready line, your outer circle, "
                                    "and the four steps to a clear ask. You already have the "
                                    "tools."
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
                        "prompt": "Which one is a clear ask?",
                        "kind": "single",
                        "explanation": (
                            "A clear ask names one thing, for one person with power, often with "
                            "a time."
                        ),
                        "options": [
                            {
                                "text": (
                                    "“Please hold a legal aid camp in our block in the next "
                                    "three months.”"
                                ),
                                "correct": True,
                                "feedback": "Yes - it is specific, and it has a time.",
                            },
                            {
                                "text": "“Things should be better for women.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this is true, but no one knows what to do. Make "
                                    "it one clear request."
                                ),
                            },
                            {
                                "text": "“Someone should help survivors.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - it does not say who or what. Name the person and "
                                    "the action."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Who should you make your ask to?",
                        "kind": "single",
                        "explanation": (
                            "Ask the person who has the power to make the change happen."
                        ),
                        "options": [
                            {
                                "text": "The person with the power to say yes",
                                "correct": True,
                                "feedback": "Yes - that is where your ask can turn into action.",
                            },
                            {
                                "text": "Anyone who seems kind",
                                "correct": False,
                                "feedback": (
                                    "Not yet - kind people can be allies, but the ask goes to "
                                    "the person who can decide."
                                ),
                            },
                            {
                                "text": "Only reporters",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the media can help, but the ask goes to the "
                                    "person who can decide."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "How can a collective help members claim victim compensation? "
                            "Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "A collective spreads the word, helps with papers, goes together and "
                            "follows up. Each member still decides for herself."
                        ),
                        "options": [
                            {
                                "text": "Tell members that compensation and free legal aid exist",
                                "correct": True,
                                "feedback": "Yes - many survivors never hear about it.",
                            },
                            {
                                "text": "Help gather papers, with a para-legal volunteer",
                                "correct": True,
                                "feedback": "Yes - help with papers makes applying easier.",
                            },
                            {
                                "text": "Go to the DLSA office together",
                                "correct": True,
                                "feedback": "Yes - no one has to go alone.",
                            },
                            {
                                "text": "Make every member apply, even if she does not want to",
                                "correct": False,
                                "feedback": (
                                    "Not yet - each member decides for herself. The collective "
                                    "supports, never pressures."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "An organiser wants a member to tell her story at a rally. She does "
                            "not want to. What now?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "No one is pushed to share her story. The group can speak as one."
                        ),
                        "options": [
                            {
                                "text": "Respect her choice. The group can speak together instead",
                                "correct": True,
                                "feedback": "Yes - her story belongs to her.",
                            },
                            {
                                "text": "Persuade her, because stories move people",
                                "correct": False,
                                "feedback": (
                                    "Not yet - pushing someone to share can cause harm. Respect "
                                    "her no."
                                ),
                            },
                            {
                                "text": "Tell her story for her",
                                "correct": False,
                                "feedback": (
                                    "Not yet - no one tells her story without her written "
                                    "permission."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which can be your applied project? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The applied project is a talk, a collective session, or an "
                            "advocacy ask. It never requires telling your own story."
                        ),
                        "options": [
                            {
                                "text": "A short talk to a group",
                                "correct": True,
                                "feedback": "Yes - for example, how to spot a false job offer.",
                            },
                            {
                                "text": "Leading one session for your collective",
                                "correct": True,
                                "feedback": "Yes - for example, on I-statements or saving.",
                            },
                            {
                                "text": "One clear advocacy ask",
                                "correct": True,
                                "feedback": "Yes - for example, a letter asking for a legal aid camp.",
                            },
                            {
                                "text": "Telling your full life story to a reporter",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the project never asks for your story. Choose a "
                                    "talk, a session or an ask."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
