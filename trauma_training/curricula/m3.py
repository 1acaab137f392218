"""M3 Mentoring and coaching survivor leaders (mentors, about five hours).

Six modules: survivor-led practice; active listening and strengths-based coaching;
goals the mentee chooses; boundaries and ethics; facilitating collectives; and engaging
survivors in advocacy safely. The teaching text is original to this project.
"""

COURSE = {
    "code": "M3",
    "slug": "mentoring-survivor-leaders",
    "title": "Mentoring and coaching survivor leaders",
    "summary": (
        "Learn to walk beside survivor leaders, not in front of them. You will practise "
        "listening well, spotting strengths, and asking 'What do you want to do?'. You will "
        "also learn to keep fair boundaries, help a collective run itself, and support "
        "survivors who choose to speak up, safely and on their own terms."
    ),
    "audience": "mentor",
    "estimated_minutes": 270,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "m3-survivor-led-practice",
            "title": "Survivor-led, not only victim-centred",
            "estimated_minutes": 45,
            "objectives": [
                "Say in your own words how survivor-led practice differs from victim-centred practice",
                "Place an action on the ladder: done to, done for, done with, led by",
                "Rewrite a 'doing for' sentence as a 'doing with' sentence",
                "Name two decisions that belong to survivor leaders, not to the mentor",
            ],
            "lessons": [
                {
                    "slug": "m3-from-helping-to-following",
                    "title": "From helping victims to following leaders",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>You may have heard the words <strong>victim-centred</strong>. "
                                "They mean that a person's safety, rights and wellbeing come first. "
                                "Services fit around her, not the other way round. This is a good "
                                "start, and it still matters.</p>"
                                "<p>But victim-centred work can keep a woman in one role: the person "
                                "who receives help. Staff plan the meetings. Staff choose the goals. "
                                "She is thanked for coming. Her ideas are welcome, but the decisions "
                                "are made by others.</p>"
                                "<p><strong>Survivor-led</strong> practice goes further. Survivors set "
                                "the direction. They hold real roles with real power. They decide what "
                                "the collective works on, how its money is spent, and who speaks for "
                                "it. You bring skills, contacts and time. Survivors bring knowledge "
                                "nobody else has: what helps, what hurts, and what is really happening "
                                "in their villages and towns.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>A ladder to help you think</h3>"
                                "<ul>"
                                "<li><strong>Done to:</strong> decisions are made, and she is told.</li>"
                                "<li><strong>Done for:</strong> kind people act for her, without asking.</li>"
                                "<li><strong>Done with:</strong> she and you plan together.</li>"
                                "<li><strong>Led by:</strong> she decides, and you support her.</li>"
                                "</ul>"
                                "<p>Most of your work should sit on the top two steps. Over time, more "
                                "of it should move to the very top.</p>"
                                "<p>Here is an example. In a collective in West Bengal, staff used to "
                                "fix the meeting time. Many members could not come. Then Rekha, a "
                                "member, asked the group to choose. They picked Sunday afternoon, after "
                                "field work and before cooking. Twice as many women came. Nobody knew "
                                "their days better than the women themselves.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Beside, not in front",
                                "text": (
                                    "Survivor-led does not mean you walk away. It means you walk "
                                    "beside her, and sometimes a step behind."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-doing-with-not-for",
                    "title": "Doing with, not doing for",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Most mentors care a lot. Because we care, we often rush to do "
                                "things for people. We book the course. We make the call. We fill in "
                                "the form. It feels kind, and it is quick. But each time we do it, the "
                                "other person learns a little less, and decides a little less.</p>"
                                "<p>Listen to your own words. These phrases often mean you are doing "
                                "<em>for</em>: 'I have arranged...', 'You should...', 'We decided...', "
                                "'Leave it to me.' These phrases often mean you are doing "
                                "<em>with</em>: 'What would you like?', 'Here are two choices', "
                                "'How shall we do this?', 'Do you want me to come with you?'</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Three quick rewrites</h3>"
                                "<ul>"
                                "<li>'I have booked you into the tailoring course.' becomes 'There is a "
                                "tailoring course and a computer course starting soon. Does either "
                                "interest you?'</li>"
                                "<li>'Let me call the officer for you.' becomes 'Would you like to "
                                "call the officer yourself, with me sitting next to you? Or shall I "
                                "call while you listen?'</li>"
                                "<li>'We decided the group will start a savings scheme.' becomes 'Some "
                                "collectives run savings schemes. Is that something this group wants "
                                "to talk about?'</li>"
                                "</ul>"
                                "<p>One thing stays the same. If someone is in danger right now, you "
                                "follow the safety steps from the psychological first aid course, and "
                                "you tell her "
                                "what you are doing and why.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Salma says she is thinking about a job. Which reply is 'doing with'?",
                                        "kind": "single",
                                        "explanation": (
                                            "Doing with means offering information and choices, "
                                            "then letting her decide the next step."
                                        ),
                                        "options": [
                                            {
                                                "text": "'I will ask my cousin to give you a job in his shop.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this is kind, but you have chosen the "
                                                    "job and the next step for her."
                                                ),
                                            },
                                            {
                                                "text": "'What kind of work are you thinking about? I can share what I know about a few options.'",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes. You ask first, then offer information. The "
                                                    "choice stays with Salma."
                                                ),
                                            },
                                            {
                                                "text": "'You should wait until your children are older.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - 'you should' gives your answer before "
                                                    "you know what she wants."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which phrases usually show you are 'doing for'? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Phrases that report a decision already made, or give "
                                            "orders, usually mean the mentor is deciding."
                                        ),
                                        "options": [
                                            {
                                                "text": "'Leave it to me.'",
                                                "correct": True,
                                                "feedback": "Yes. This takes the task, and the learning, away from her.",
                                            },
                                            {
                                                "text": "'Here are two choices. Which feels better?'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this one is 'doing with'. She gets "
                                                    "choices and makes the decision."
                                                ),
                                            },
                                            {
                                                "text": "'I have arranged it all for you.'",
                                                "correct": True,
                                                "feedback": "Yes. The plan was made without her.",
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-noticing-your-habits",
                    "title": "Noticing your own helping habits",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Every helper has habits. Some of us like to fix things fast. Some "
                                "of us worry, so we hold on tight. Some of us feel pressure from "
                                "targets, reports or funders, so we push for quick results. None of "
                                "this makes you a bad mentor. It makes you human.</p>"
                                "<p>The skill is to notice the habit before you act on it. When you "
                                "feel the urge to step in, pause and ask yourself three questions:</p>"
                                "<ol>"
                                "<li>Did she ask me for this?</li>"
                                "<li>Could she do it herself, perhaps with a little support?</li>"
                                "<li>Whose goal is this: hers, mine, or my organisation's?</li>"
                                "</ol>"
                                "<p>If the answers are 'no', 'yes' and 'mine', step back. Ask her "
                                "what she wants instead.</p>"
                                "<p>Stepping back can feel uncomfortable at first. Things may move "
                                "more slowly. She may choose something you would not choose. That is "
                                "part of leadership. People grow into leaders by making real "
                                "decisions and living with them, with someone kind beside them.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of a time you decided something for a mentee or a group. "
                                    "What might have been different if you had asked first?"
                                ),
                                "hint": (
                                    "This is private to you. Write a few words, draw, or record a "
                                    "voice note. Be gentle with yourself: noticing is the first step."
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try this week",
                                "text": (
                                    "Before you offer help, ask one question first: 'What would be "
                                    "most useful to you right now?'"
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
                        "prompt": "Which sentence best describes survivor-led practice?",
                        "kind": "single",
                        "explanation": (
                            "In survivor-led practice, survivors hold real power over decisions. "
                            "Mentors support with skills, contacts and time."
                        ),
                        "options": [
                            {
                                "text": "Staff plan carefully around what survivors need.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - that is closer to victim-centred practice. It is "
                                    "caring, but staff still make the decisions."
                                ),
                            },
                            {
                                "text": "Survivors set the direction and make the decisions, and mentors support them.",
                                "correct": True,
                                "feedback": "Yes. Power and decisions sit with the survivors.",
                            },
                            {
                                "text": "Survivors are invited to every meeting and thanked for coming.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - being invited is good, but being present is not "
                                    "the same as leading."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Put this on the ladder: 'The mentor fills in a scheme form for Lakshmi without asking her.'",
                        "kind": "single",
                        "explanation": (
                            "Acting on someone's behalf without asking is 'done for', even when "
                            "it is meant kindly."
                        ),
                        "options": [
                            {
                                "text": "Done for",
                                "correct": True,
                                "feedback": "Yes. It is a kind act, but Lakshmi was not asked.",
                            },
                            {
                                "text": "Done with",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 'done with' would mean filling it in together, "
                                    "with Lakshmi deciding what goes in."
                                ),
                            },
                            {
                                "text": "Led by",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 'led by' would mean Lakshmi chose to apply and "
                                    "asked for the help she wanted."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which decisions belong to the members of a collective? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The collective belongs to its members. They decide what it does, "
                            "when it meets, how its money is used and who speaks for it."
                        ),
                        "options": [
                            {
                                "text": "When and where the group meets",
                                "correct": True,
                                "feedback": "Yes. Members know their own days best, as Rekha's group showed.",
                            },
                            {
                                "text": "Which issue the group works on this year",
                                "correct": True,
                                "feedback": "Yes. The group's priorities come from the members.",
                            },
                            {
                                "text": "Who speaks for the group at a district meeting",
                                "correct": True,
                                "feedback": "Yes. The group chooses its own voices.",
                            },
                            {
                                "text": "Which member must share her story with visitors",
                                "correct": False,
                                "feedback": (
                                    "Not yet - nobody, not even the group, can decide that a "
                                    "woman must share her story. Only she can choose."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "A mentor says, 'I have enrolled you in a beautician course.' Which is the best rewrite?",
                        "kind": "single",
                        "explanation": (
                            "A good rewrite gives information and choices, and asks what she wants."
                        ),
                        "options": [
                            {
                                "text": "'I have enrolled you in a beautician course. You will enjoy it.'",
                                "correct": False,
                                "feedback": "Not yet - the decision is still made for her.",
                            },
                            {
                                "text": "'A beautician course starts next month. Would you like to hear about it, or about other courses?'",
                                "correct": True,
                                "feedback": "Yes. She hears the option and decides if it interests her.",
                            },
                            {
                                "text": "'You must do a course, so I chose the beautician one.'",
                                "correct": False,
                                "feedback": "Not yet - 'must' and 'I chose' leave her no choice.",
                            },
                        ],
                    },
                    {
                        "prompt": "You feel a strong urge to step in and fix a mentee's problem. What is a good first step?",
                        "kind": "single",
                        "explanation": (
                            "Pausing lets you check whether she asked, whether she could do it "
                            "herself, and whose goal it is."
                        ),
                        "options": [
                            {
                                "text": "Pause and ask yourself: did she ask, could she do it, whose goal is it?",
                                "correct": True,
                                "feedback": "Yes. These three questions help you notice the habit before acting.",
                            },
                            {
                                "text": "Act quickly, because helping fast is always kind.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - fast help can take away her chance to decide and "
                                    "learn. Safety emergencies are the exception."
                                ),
                            },
                            {
                                "text": "Ignore the problem so she learns alone.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - stepping back does not mean leaving her alone. "
                                    "Ask what support she would like."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "m3-listening-and-strengths",
            "title": "Active listening and strengths-based coaching",
            "estimated_minutes": 45,
            "objectives": [
                "Use the five listening skills: attention, silence, reflecting, summarising, asking before advising",
                "Turn a closed question into an open one",
                "Name a mentee's strength in a specific sentence",
                "Ask one coaching question that helps a mentee find her own next step",
            ],
            "lessons": [
                {
                    "slug": "m3-listening-whole-self",
                    "title": "Listening with your whole self",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Active listening means three things. You give your full attention. "
                                "You show that you heard. You check that you understood. It sounds "
                                "simple, but it is hard, because our minds want to jump in with "
                                "advice.</p>"
                                "<h3>Five listening skills</h3>"
                                "<ol>"
                                "<li><strong>Attention.</strong> Put your phone away. Sit at the same "
                                "level. Meet in a place she chose and feels safe in.</li>"
                                "<li><strong>Silence.</strong> When she stops talking, wait. Count to "
                                "five in your head. Often she will say the most important thing "
                                "next.</li>"
                                "<li><strong>Reflecting.</strong> Say back what you heard in your own "
                                "words: 'It sounds like the school fees are keeping you awake at "
                                "night.'</li>"
                                "<li><strong>Summarising.</strong> Near the end, sum up: 'Today you "
                                "talked about fees and about your sister's visit. Did I miss "
                                "anything?'</li>"
                                "<li><strong>Asking before advising.</strong> 'Would some ideas help, "
                                "or would you like to keep thinking aloud?'</li>"
                                "</ol>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>What gets in the way</h3>"
                                "<ul>"
                                "<li>Finishing her sentences, or interrupting.</li>"
                                "<li>Saying 'I know exactly how you feel.' You cannot know, and it "
                                "moves the talk to you.</li>"
                                "<li>Telling your own story for a long time.</li>"
                                "<li>'Why' questions that sound like blame, such as 'Why did you "
                                "trust him?'</li>"
                                "<li>Asking for details of hard things that happened to her. She "
                                "shares only what she chooses.</li>"
                                "</ul>"
                                "<p>Good listening is not about saying clever things. Salma, a member "
                                "in Andhra Pradesh, once said of her mentor: 'She did not solve "
                                "anything that day. But she let me finish, and I went home "
                                "lighter.'</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Listen more than you speak",
                                "text": (
                                    "A rough guide: she talks for most of the time, and you talk "
                                    "for a small part of it."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-spotting-strengths",
                    "title": "Spotting strengths",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks gently about the hard times survivors have "
                                    "lived through, and the strengths they used. There are no "
                                    "details of any experience."
                                ),
                                "summary": (
                                    "A strengths-based mentor starts from what a person can do, not "
                                    "from what is missing. Name strengths clearly and specifically. "
                                    "You never need someone's story to see her strengths: look at "
                                    "what she does today."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>A strengths-based mentor starts from what a person can do, has "
                                "done, and cares about. She does not start from what is missing. "
                                "This is not about pretending life is easy. It is about seeing the "
                                "whole person.</p>"
                                "<p>Many survivors kept themselves, and often others, going through "
                                "very hard times. That took courage, planning, patience and the "
                                "skill of reading people. These are real strengths, and they can be "
                                "used in leadership today.</p>"
                                "<p>You do not need to know someone's story to see her strengths. "
                                "Look at today. She arrived on time after two buses. She manages the "
                                "household money. She welcomed the new member and showed her where "
                                "to sit. Each of these shows a skill.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Name strengths clearly</h3>"
                                "<p>'You are so strong' is kind, but vague. Try naming what you saw: "
                                "'You went back to the office twice and asked again. That is "
                                "determination.' Clear words help her believe it, and use it "
                                "again.</p>"
                                "<p>Even better, help her name her own strengths. Ask: 'What are you "
                                "proud of this month?' or 'If your best friend described you, what "
                                "would she say you are good at?'</p>"
                                "<p>Strengths-based does not mean ignoring pain. If she is sad or "
                                "worried, listen first. The strengths will still be there when she "
                                "is ready.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try this",
                                "text": (
                                    "In your next meeting, notice one thing your mentee did well "
                                    "and tell her in one clear sentence."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-coaching-questions",
                    "title": "Coaching questions that open doors",
                    "estimated_minutes": 14,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Coaching means helping someone find her own answers by asking "
                                "good questions. You are not the expert on her life. She is.</p>"
                                "<p><strong>Closed questions</strong> get a yes or no: 'Did you go to "
                                "the bank?' <strong>Open questions</strong> invite her to think and "
                                "talk: 'How did the visit to the bank go?' Open questions usually "
                                "start with what, how, who or when.</p>"
                                "<h3>Questions that help</h3>"
                                "<ul>"
                                "<li>What would you like to talk about today?</li>"
                                "<li>What matters most to you about this?</li>"
                                "<li>What have you tried already? What worked, even a little?</li>"
                                "<li>What could you try before we meet again?</li>"
                                "<li>What might get in the way? Who could help?</li>"
                                "<li>How will you know it is working?</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Good habits</h3>"
                                "<p>Ask one question at a time, then wait. Two or three questions "
                                "together are confusing. Avoid questions that hide advice, such as "
                                "'Don't you think you should talk to your brother?' That is your idea "
                                "dressed as a question. Instead ask, 'Who could you talk to about "
                                "this?'</p>"
                                "<p>Keep questions about the present and the future. Coaching is not "
                                "the place to dig into the past.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Which is an open question?",
                                        "kind": "single",
                                        "explanation": (
                                            "Open questions invite a longer answer and start with "
                                            "words like what, how, who or when."
                                        ),
                                        "options": [
                                            {
                                                "text": "'Did the meeting go well?'",
                                                "correct": False,
                                                "feedback": "Not yet - this can be answered with yes or no.",
                                            },
                                            {
                                                "text": "'What happened at the meeting that you want to talk about?'",
                                                "correct": True,
                                                "feedback": "Yes. She can answer in her own way and choose what to share.",
                                            },
                                            {
                                                "text": "'You went to the meeting, right?'",
                                                "correct": False,
                                                "feedback": "Not yet - this only asks her to agree.",
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which questions hide advice inside them? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "A question that already holds your answer is advice in "
                                            "disguise. Open, neutral questions leave room for her ideas."
                                        ),
                                        "options": [
                                            {
                                                "text": "'Don't you think you should join the savings group?'",
                                                "correct": True,
                                                "feedback": "Yes. Your answer is already inside the question.",
                                            },
                                            {
                                                "text": "'Wouldn't it be better to ask your mother-in-law first?'",
                                                "correct": True,
                                                "feedback": "Yes. This pushes her towards your choice.",
                                            },
                                            {
                                                "text": "'Who could you ask for help with this?'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this one is a neutral, open question. She "
                                                    "finds her own answer."
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
                        "prompt": "Your mentee stops talking in the middle of a thought. What do you do first?",
                        "kind": "single",
                        "explanation": (
                            "A short, calm silence gives her time. Often the most important "
                            "thing comes next."
                        ),
                        "options": [
                            {
                                "text": "Wait quietly for a few seconds.",
                                "correct": True,
                                "feedback": "Yes. Silence gives her space to go on if she wants.",
                            },
                            {
                                "text": "Finish the sentence for her.",
                                "correct": False,
                                "feedback": "Not yet - this puts your words in her mouth.",
                            },
                            {
                                "text": "Change the subject to something lighter.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she may have more to say. Give her a moment first."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are active listening skills? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "The five skills are attention, silence, reflecting, summarising "
                            "and asking before advising."
                        ),
                        "options": [
                            {
                                "text": "Saying back what you heard in your own words",
                                "correct": True,
                                "feedback": "Yes. That is reflecting, and it shows you heard.",
                            },
                            {
                                "text": "Summing up the main points near the end",
                                "correct": True,
                                "feedback": "Yes. That is summarising, and it checks you understood.",
                            },
                            {
                                "text": "Saying 'I know exactly how you feel'",
                                "correct": False,
                                "feedback": (
                                    "Not yet - nobody can know exactly, and it moves the talk "
                                    "away from her."
                                ),
                            },
                            {
                                "text": "Asking if she would like ideas before giving any",
                                "correct": True,
                                "feedback": "Yes. She decides whether she wants advice.",
                            },
                        ],
                    },
                    {
                        "prompt": "Which is the clearest way to name a strength?",
                        "kind": "single",
                        "explanation": (
                            "A specific sentence says what you saw and what strength it shows."
                        ),
                        "options": [
                            {
                                "text": "'You are amazing.'",
                                "correct": False,
                                "feedback": "Not yet - it is kind, but she cannot tell what you noticed.",
                            },
                            {
                                "text": "'You kept the group's accounts neat all month. That shows real care and skill with numbers.'",
                                "correct": True,
                                "feedback": "Yes. You name what she did and the strength behind it.",
                            },
                            {
                                "text": "'You did well for someone who went through so much.'",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this ties her strength to her past. Keep the "
                                    "focus on what she does today."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are good coaching questions? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Good coaching questions are open, one at a time, and about the "
                            "present and future."
                        ),
                        "options": [
                            {
                                "text": "'What could you try before we next meet?'",
                                "correct": True,
                                "feedback": "Yes. It is open and looks forward.",
                            },
                            {
                                "text": "'Tell me everything that happened to you back then.'",
                                "correct": False,
                                "feedback": (
                                    "Not yet - coaching does not dig into the past. She shares "
                                    "only what she chooses."
                                ),
                            },
                            {
                                "text": "'What has worked for you before, even a little?'",
                                "correct": True,
                                "feedback": "Yes. It helps her find strengths she already has.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "m3-mentee-led-goals",
            "title": "Goals the mentee chooses",
            "estimated_minutes": 45,
            "objectives": [
                "Open a goal conversation with 'What do you want to do?' and wait for her answer",
                "Help a mentee break a goal into one small first step she chooses",
                "Respond to a missed step with curiosity, not disappointment",
                "Name when a safety concern comes before the mentee's choice",
            ],
            "lessons": [
                {
                    "slug": "m3-what-do-you-want",
                    "title": "'What do you want to do?'",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>The most important question in mentoring is short: <strong>'What "
                                "do you want to do?'</strong> Ask it, then wait. Do not fill the "
                                "silence with your own ideas.</p>"
                                "<p>Many women have rarely been asked this. Some may say 'I don't "
                                "know' or 'Whatever you think, didi.' That is all right. Say so. Give "
                                "her time, and try a softer way in:</p>"
                                "<ul>"
                                "<li>'If this year went well for you, what would be different?'</li>"
                                "<li>'What do you enjoy doing? What are you curious about?'</li>"
                                "<li>'Is there something small you would like to change this "
                                "month?'</li>"
                                "</ul>"
                                "<p>If she still wants ideas, offer a menu, not a plan: 'Some women "
                                "work on learning, some on income, some on health, some on "
                                "family. Does any of these feel close?'</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p>Here is an example. Lakshmi's mentor in Andhra Pradesh was sure "
                                "Lakshmi wanted a job in the garment unit nearby. She never asked. "
                                "When a new mentor asked 'What do you want to do?', Lakshmi said she "
                                "wanted to finish class 10 through open schooling first. Two years "
                                "later she was the collective's secretary.</p>"
                                "<p>Every goal she chooses is valid. It might be reading the bus "
                                "signs, opening a bank account, speaking in a meeting, or spending "
                                "more time with her children. Rest can be a goal too.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Her goal, her words",
                                "text": (
                                    "Write the goal in her words, not yours. If she does not read, "
                                    "record it as a voice note or draw a picture together."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-small-steps-own-pace",
                    "title": "Small steps at her own pace",
                    "estimated_minutes": 14,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Big goals can feel heavy. Help her break a goal into small steps. "
                                "The first step should be something she can do within a week or "
                                "two. She chooses the step, and she chooses when.</p>"
                                "<p>For example, Anjali wants to open a small tea stall. Her steps "
                                "might be: find out the rent for a spot near the bus stand; talk to "
                                "the savings group about a loan; visit a friend who runs a stall. "
                                "Anjali picks which comes first.</p>"
                                "<h3>When a step does not happen</h3>"
                                "<p>Life gets in the way. A child is ill. Money runs short. A step is "
                                "missed. Stay curious, not disappointed. Ask: 'What got in the way? "
                                "What would make it easier?' Perhaps the step was too big. Perhaps "
                                "the goal has changed. Both are fine.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Her pace, not yours</h3>"
                                "<p>You may have reports to write and targets to meet. She does not "
                                "owe you progress. Pushing her faster than she wants can feel like "
                                "being controlled again. She can pause a goal, change it, or drop it "
                                "at any time.</p>"
                                "<p>Review goals together at each meeting. Notice and celebrate every "
                                "step, however small. 'Last month you had never been inside the "
                                "bank. Today you opened an account.'</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "Anjali did not visit the stall owner as she planned. What is the best response?",
                                        "kind": "single",
                                        "explanation": (
                                            "Curiosity helps her learn what gets in the way. "
                                            "Disappointment can make her feel judged."
                                        ),
                                        "options": [
                                            {
                                                "text": "'What got in the way? Would a smaller step help?'",
                                                "correct": True,
                                                "feedback": "Yes. You stay curious and let her reset the step.",
                                            },
                                            {
                                                "text": "'I am disappointed. You promised.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this may make her feel she has let you "
                                                    "down. Her goals are not promises to you."
                                                ),
                                            },
                                            {
                                                "text": "'Never mind, I will go and talk to him for you.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this takes the step away from her. Ask "
                                                    "what she wants first."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Who decides the pace of a mentee's goal?",
                                        "kind": "single",
                                        "explanation": (
                                            "The mentee sets her own pace. She can pause, change or "
                                            "drop a goal at any time."
                                        ),
                                        "options": [
                                            {
                                                "text": "The mentor, to meet the report deadline",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - your targets are real, but her pace "
                                                    "comes first."
                                                ),
                                            },
                                            {
                                                "text": "The mentee",
                                                "correct": True,
                                                "feedback": "Yes. It is her goal, so it is her pace.",
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-when-you-would-choose-differently",
                    "title": "When you would choose differently",
                    "estimated_minutes": 14,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson mentions the risk of unsafe work offers and how "
                                    "a mentor handles serious danger. There are no details of "
                                    "anyone's experience."
                                ),
                                "summary": (
                                    "Sometimes a mentee makes a choice you would not make. Share "
                                    "clear information, then respect her decision. Only when "
                                    "there is serious danger right now do you follow the safety "
                                    "steps, and you tell her what you are doing."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Sometimes a mentee chooses something that worries you. Anjali "
                                "tells you she wants to take a job in a city far away. You feel "
                                "afraid for her. What do you do?</p>"
                                "<p>Your job is not to forbid. Your job is to make sure she has good "
                                "information, so her choice is a free and informed one. You could "
                                "talk together about how to check that an employer is real, why to "
                                "keep her own ID documents, how to tell family where she will be, "
                                "and which numbers to call for help, like 112 or the women helpline "
                                "181. Then the decision is hers.</p>"
                                "<p>It helps to say your feelings honestly and briefly: 'I care "
                                "about you, so I feel a bit worried. Can we plan how you will stay "
                                "safe?' Then listen.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>When safety comes first</h3>"
                                "<p>There are a few times when you must act even if she does not "
                                "want you to: when someone's life is in danger, when she may harm "
                                "herself, or when a child is being harmed. Then you follow the "
                                "escalation steps from the psychological first aid course. "
                                "You tell her what you are doing and why. You involve her as much as "
                                "you can.</p>"
                                "<p>Outside these times, remember: a choice you disagree with is "
                                "still her choice.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of a choice a mentee might make that would be hard for "
                                    "you to accept. What feelings come up? What would help you "
                                    "share information without pressure?"
                                ),
                                "hint": (
                                    "Only you can see this. There is no good or bad answer. You "
                                    "might bring it to supervision if you wish."
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
                        "prompt": "You ask Salma, 'What do you want to do?' She says, 'Whatever you think, didi.' What is a good next step?",
                        "kind": "single",
                        "explanation": (
                            "Many women have rarely been asked about their wishes. Gentle "
                            "questions and time help her find her own answer."
                        ),
                        "options": [
                            {
                                "text": "Tell her what you think she should do.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - she may agree to please you. Give her time to "
                                    "find her own wish."
                                ),
                            },
                            {
                                "text": "Say that is all right, and ask a softer question like 'What would you like to be different this year?'",
                                "correct": True,
                                "feedback": "Yes. You accept her answer and open another gentle door.",
                            },
                            {
                                "text": "Write 'no goal' in the record and move on.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - not knowing yet is a normal start. She needs "
                                    "time and other ways in."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these can be a valid goal for a mentee? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Any goal she chooses is valid: learning, income, health, family, "
                            "leadership, or rest."
                        ),
                        "options": [
                            {
                                "text": "Learning to read the bus signs",
                                "correct": True,
                                "feedback": "Yes. It is her goal and it matters to her life.",
                            },
                            {
                                "text": "Spending more time with her children",
                                "correct": True,
                                "feedback": "Yes. Family goals are as real as work goals.",
                            },
                            {
                                "text": "Taking a month of rest before starting anything new",
                                "correct": True,
                                "feedback": "Yes. Rest can be a goal too.",
                            },
                            {
                                "text": "The goal her mentor thinks is best for her",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a goal chosen by the mentor is the mentor's "
                                    "goal, not hers."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What makes a good first step?",
                        "kind": "single",
                        "explanation": (
                            "A first step is small, chosen by her, and possible within a week "
                            "or two."
                        ),
                        "options": [
                            {
                                "text": "Something small she chooses and can do within a week or two",
                                "correct": True,
                                "feedback": "Yes. Small steps she picks are the ones that happen.",
                            },
                            {
                                "text": "The biggest step, to make fast progress",
                                "correct": False,
                                "feedback": "Not yet - big first steps often feel too heavy to start.",
                            },
                            {
                                "text": "Whatever step the mentor can check most easily",
                                "correct": False,
                                "feedback": "Not yet - the step should fit her life, not your checklist.",
                            },
                        ],
                    },
                    {
                        "prompt": "When should a mentor act even if the mentee does not want it? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Safety comes first when a life is in danger, when she may harm "
                            "herself, or when a child is being harmed. Even then, tell her what "
                            "you are doing."
                        ),
                        "options": [
                            {
                                "text": "When she may harm herself",
                                "correct": True,
                                "feedback": "Yes. Follow the escalation steps and tell her what you are doing.",
                            },
                            {
                                "text": "When a child is being harmed",
                                "correct": True,
                                "feedback": "Yes. A child's safety comes first.",
                            },
                            {
                                "text": "When she chooses a job you would not choose",
                                "correct": False,
                                "feedback": (
                                    "Not yet - share information, then respect her choice. "
                                    "Disagreeing is not danger."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "m3-boundaries-and-ethics",
            "title": "Boundaries and ethics",
            "estimated_minutes": 45,
            "objectives": [
                "List three things a mentor does and three things a mentor does not do",
                "Explain the limits of confidentiality to a mentee in simple words",
                "Choose a fair response to a request for a loan, a late call or a journalist's request",
                "Name one way a mentor's power could be misused, and how to prevent it",
            ],
            "lessons": [
                {
                    "slug": "m3-why-boundaries",
                    "title": "Why boundaries protect both of you",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>A boundary is a clear line around your role. It says what you do "
                                "as a mentor and what you do not do. Boundaries keep the relationship "
                                "safe, fair and lasting. Without them, mentors get exhausted, and "
                                "mentees can come to depend on one person, or get hurt.</p>"
                                "<h3>A mentor does</h3>"
                                "<ul>"
                                "<li>Listen, coach and encourage.</li>"
                                "<li>Share information and help her reach services.</li>"
                                "<li>Support her to lead and to make her own choices.</li>"
                                "<li>Keep what she shares private, within agreed limits.</li>"
                                "</ul>"
                                "<h3>A mentor does not</h3>"
                                "<ul>"
                                "<li>Lend or borrow money, or sell things to mentees.</li>"
                                "<li>Act as her doctor, counsellor or lawyer. You link her to them.</li>"
                                "<li>Promise to be available at any hour.</li>"
                                "<li>Take sides in family quarrels.</li>"
                                "<li>Have a romantic or sexual relationship with a mentee. Never.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Everyday boundaries</h3>"
                                "<p><strong>Time:</strong> agree together when you can be reached. "
                                "Share helpline numbers for other times, such as Tele-MANAS 14416 or "
                                "112 in an emergency. <strong>Gifts:</strong> follow your "
                                "organisation's policy; sharing sweets at a festival is different from "
                                "expensive gifts. <strong>Phones:</strong> never take or share photos "
                                "of mentees, and never post about them. <strong>Close ties:</strong> "
                                "if a mentee is your relative or neighbour, tell your supervisor. "
                                "Another mentor may be a better match.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Say the limits at the start",
                                "text": (
                                    "In the first meeting, explain in simple words what you keep "
                                    "private, and the rare times you must share to keep someone "
                                    "safe."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-tricky-situations",
                    "title": "Tricky situations",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Boundaries are easy on paper and hard in real life. Here are some "
                                "common moments, with one way to respond warmly and clearly.</p>"
                                "<p><strong>A loan.</strong> Salma asks to borrow two thousand rupees "
                                "for her son's medicine. Your heart says yes. Instead, say: 'I can't "
                                "lend money, because it would change how we work together. Let's look "
                                "at what else might help: the savings group, the health scheme, or "
                                "the free government hospital.'</p>"
                                "<p><strong>Late calls.</strong> A mentee calls you often at midnight. "
                                "Agree on times together. If she is in danger, she calls 112. If she "
                                "is feeling very low at night, Tele-MANAS 14416 answers all day and "
                                "night.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p><strong>A journalist</strong> asks for a mentee's phone number. "
                                "You never share it. You can offer to pass on the request, and she "
                                "decides.</p>"
                                "<p><strong>Family questions.</strong> A mentee's husband asks what "
                                "she talks about with you. You say kindly that the meetings are "
                                "private, and you do not share anything.</p>"
                                "<p><strong>A secret.</strong> A mentee asks you to promise to keep "
                                "something secret. You cannot promise before you hear it. You can "
                                "say: 'I keep what you say private. The only time I would share is "
                                "if someone's life or a child's safety is at risk. Then I would tell "
                                "you first, if I can.'</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "A journalist asks you for a mentee's phone number for a story. What do you do?",
                                        "kind": "single",
                                        "explanation": (
                                            "A mentee's contact details are hers. Offer to pass on "
                                            "the request, and let her decide."
                                        ),
                                        "options": [
                                            {
                                                "text": "Share it, because the story could help other survivors.",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - sharing without her consent could put "
                                                    "her at risk and break her trust."
                                                ),
                                            },
                                            {
                                                "text": "Say no, and offer to pass the request to her so she can decide.",
                                                "correct": True,
                                                "feedback": "Yes. Her details stay private and the choice stays with her.",
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "A mentee says, 'Promise you won't tell anyone.' What is the best reply?",
                                        "kind": "single",
                                        "explanation": (
                                            "Be honest about the limits before she shares, so she "
                                            "can choose what to say."
                                        ),
                                        "options": [
                                            {
                                                "text": "'I promise, whatever it is.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - if someone is in danger you may need to "
                                                    "act, and then you would break the promise."
                                                ),
                                            },
                                            {
                                                "text": "'I keep things private. The only time I would share is if a life or a child's safety is at risk, and I would tell you first if I can.'",
                                                "correct": True,
                                                "feedback": "Yes. Honest limits protect her trust.",
                                            },
                                            {
                                                "text": "'I can't promise anything, so don't tell me.'",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this closes the door. Explain the limits "
                                                    "kindly and let her choose."
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
                    "slug": "m3-power-and-honesty",
                    "title": "Power, honesty and fairness",
                    "estimated_minutes": 12,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about how power can be misused, and why that "
                                    "can feel like past exploitation for survivors. There are no "
                                    "details of any experience."
                                ),
                                "summary": (
                                    "Mentors hold power: information, contacts, sometimes money or "
                                    "certificates. Use it fairly and honestly. Never use a mentee "
                                    "for your own gain, and report any misuse of power you see."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>As a mentor, you hold power, even if you do not feel powerful. "
                                "You have information, contacts and time. You may help decide who "
                                "goes to a training, or who gets a certificate. For someone who has "
                                "been exploited, a person misusing power can feel painfully "
                                "familiar. So ethics matter a great deal.</p>"
                                "<h3>Four ethical habits</h3>"
                                "<ul>"
                                "<li><strong>Honesty.</strong> Do not promise what you cannot "
                                "control. Say 'I can't promise the compensation will come, but I "
                                "will help you apply.'</li>"
                                "<li><strong>Fairness.</strong> No favourites. Share chances openly "
                                "with the whole group.</li>"
                                "<li><strong>No personal gain.</strong> Do not ask mentees for "
                                "favours, money or free work. Do not use their stories to build your "
                                "own name.</li>"
                                "<li><strong>Speaking up.</strong> If you see another worker misuse "
                                "power, tell your supervisor or safeguarding lead. If a mentee "
                                "complains about you, welcome it and pass it on honestly.</li>"
                                "</ul>"
                                "<p>When you are unsure, ask: 'Would I be comfortable if my "
                                "supervisor, and the mentee, knew exactly what I did and why?'</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Which boundary or ethical habit is hardest for you to keep? "
                                    "What would help you keep it?"
                                ),
                                "hint": (
                                    "This reflection is private to you. Naming a hard spot is a "
                                    "sign of an honest mentor."
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
                        "prompt": "Which of these are part of a mentor's role? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A mentor listens, coaches, shares information and links to "
                            "services. She does not act as lender, doctor, lawyer or judge of "
                            "family matters."
                        ),
                        "options": [
                            {
                                "text": "Helping her find the free legal aid office",
                                "correct": True,
                                "feedback": "Yes. Linking her to services is part of the role.",
                            },
                            {
                                "text": "Lending her money until her wages come",
                                "correct": False,
                                "feedback": (
                                    "Not yet - loans change the relationship. Help her explore "
                                    "other options instead."
                                ),
                            },
                            {
                                "text": "Listening and asking coaching questions",
                                "correct": True,
                                "feedback": "Yes. This is the heart of mentoring.",
                            },
                            {
                                "text": "Deciding who is right in a family quarrel",
                                "correct": False,
                                "feedback": "Not yet - mentors do not take sides in family quarrels.",
                            },
                        ],
                    },
                    {
                        "prompt": "Salma asks to borrow money for medicine. What is a kind, clear response?",
                        "kind": "single",
                        "explanation": (
                            "Say no to the loan warmly, explain why, and help her look at "
                            "other sources of support."
                        ),
                        "options": [
                            {
                                "text": "Give the money quietly so nobody knows.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a secret loan changes your relationship and is "
                                    "unfair to other mentees."
                                ),
                            },
                            {
                                "text": "Explain you can't lend money, and help her look at the savings group, health schemes or the government hospital.",
                                "correct": True,
                                "feedback": "Yes. The boundary stays, and so does your support.",
                            },
                            {
                                "text": "Tell her she should have planned better.",
                                "correct": False,
                                "feedback": "Not yet - this blames her. Stay warm and practical.",
                            },
                        ],
                    },
                    {
                        "prompt": "When may a mentor share something a mentee said in private?",
                        "kind": "single",
                        "explanation": (
                            "Privacy holds except when a life or a child's safety is at risk. "
                            "Explain this limit at the start."
                        ),
                        "options": [
                            {
                                "text": "When her husband asks",
                                "correct": False,
                                "feedback": "Not yet - family members do not get her private words.",
                            },
                            {
                                "text": "When a life or a child's safety is at risk",
                                "correct": True,
                                "feedback": "Yes. This is the rare limit, and you tell her first if you can.",
                            },
                            {
                                "text": "When it would make a good example in a training",
                                "correct": False,
                                "feedback": (
                                    "Not yet - her words are not training material without her "
                                    "clear consent."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which actions misuse a mentor's power? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Using a mentee for favours, free work or your own reputation is a "
                            "misuse of power. Sharing chances openly is fair."
                        ),
                        "options": [
                            {
                                "text": "Asking a mentee to cook for your family for free",
                                "correct": True,
                                "feedback": "Yes. This uses your position for personal gain.",
                            },
                            {
                                "text": "Telling a mentee's story at a conference to look good",
                                "correct": True,
                                "feedback": "Yes. Her story is hers, not a way to build your name.",
                            },
                            {
                                "text": "Telling the whole group about a training place",
                                "correct": False,
                                "feedback": "Not yet - this is fair. Everyone hears about the chance.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 5
        {
            "slug": "m3-facilitating-collectives",
            "title": "Facilitating collectives",
            "estimated_minutes": 45,
            "objectives": [
                "Describe the facilitator's job in one sentence, and how it changes over time",
                "Help a group agree its own ground rules",
                "Plan a session opening and closing that works for members who do not read",
                "Choose a fair way to handle a dominant voice or a disagreement",
            ],
            "lessons": [
                {
                    "slug": "m3-facilitator-job",
                    "title": "The facilitator's job",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p>A collective belongs to its members. As a facilitator, you are not "
                                "the chief. Your job is to help the group talk, decide and act "
                                "together, and then to hand that job over.</p>"
                                "<h3>What a facilitator does</h3>"
                                "<ul>"
                                "<li>Helps the group agree its own ground rules.</li>"
                                "<li>Keeps time, so meetings start and end when promised.</li>"
                                "<li>Makes sure every member can speak, not just the confident "
                                "ones.</li>"
                                "<li>Helps record decisions in ways everyone can use: pictures, "
                                "symbols or voice notes, as well as writing.</li>"
                                "<li>Shares roles: leading the meeting, keeping notes, looking after "
                                "the money, welcoming new members.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>Stepping back over time</h3>"
                                "<p>In a collective in Chhattisgarh, the mentor led every meeting in "
                                "the first year. In the second year, members took turns to lead, one "
                                "each month, with the mentor helping them prepare. By the third year, "
                                "the group ran its own meetings. The mentor now comes only when the "
                                "group invites her.</p>"
                                "<p>That is success. A good facilitator slowly becomes less needed. "
                                "If the group cannot meet without you, ask yourself what you are "
                                "still holding that members could take on.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Rotate the roles",
                                "text": (
                                    "Give each role for a short time, such as a month, so many "
                                    "members get to practise leading."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-safe-lively-session",
                    "title": "Running a safe, lively session",
                    "estimated_minutes": 14,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            (
                                "<p><strong>Before.</strong> Choose a place that is private, easy to "
                                "reach and where members feel safe. Pick a time that fits their work "
                                "and home duties. Think about children: can someone look after them "
                                "nearby?</p>"
                                "<p><strong>Opening.</strong> Start with a short check-in round. Each "
                                "person can say one word about how she feels, or show one to five "
                                "fingers. Anyone can say 'pass'. Then remind everyone of the group "
                                "agreement.</p>"
                                "<h3>A group agreement might say</h3>"
                                "<ul>"
                                "<li>What is said here stays here.</li>"
                                "<li>One person speaks at a time.</li>"
                                "<li>Nobody has to share her own story.</li>"
                                "<li>Anyone can step out for a break.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p><strong>During.</strong> Use activities that work whether or not "
                                "people read: pictures, role plays, songs, and stories about 'a woman "
                                "like us' rather than anyone's own life. Move between talking and "
                                "doing. Watch for anyone who seems upset. Offer a calm pause and, if "
                                "she wants, a quiet moment outside with a co-facilitator.</p>"
                                "<p><strong>Closing.</strong> End with a round: 'One thing I am taking "
                                "home today.' Agree the next meeting date. A short breathing exercise "
                                "or a song can help everyone leave feeling settled.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Passing is always allowed",
                                "text": (
                                    "No member should ever feel pushed to speak, share or join an "
                                    "activity."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-when-group-gets-stuck",
                    "title": "When the group gets stuck",
                    "estimated_minutes": 14,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            (
                                "<p>Every group gets stuck sometimes. This is normal, and a chance to "
                                "learn.</p>"
                                "<p><strong>One voice takes over.</strong> Thank her, then open the "
                                "space: 'Thank you, Rekha. Let's hear from someone who hasn't spoken "
                                "yet.' Try going round the circle, or talking in pairs first.</p>"
                                "<p><strong>Old hierarchies.</strong> Caste, religion, age and "
                                "marriage status can shape who sits where, who speaks first, and who "
                                "serves the tea. Notice these patterns. Share tasks fairly and sit in "
                                "a circle. Gently invite the group to talk about it.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p><strong>A disagreement.</strong> Name it calmly: 'We see this "
                                "differently.' Let each side speak without interruption. Look for what "
                                "both sides want, such as a safe, fair group. Agree one small next "
                                "step. If it keeps coming back, a trusted outside person can "
                                "help.</p>"
                                "<p><strong>Making decisions.</strong> Lay out the options clearly, "
                                "with pictures if that helps. Then ask, 'Can everyone live with "
                                "this?' If not, the group can vote. Either way, the group decides, not "
                                "the facilitator.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "One member talks through every meeting. What is a good first step?",
                                        "kind": "single",
                                        "explanation": (
                                            "Thank her, then create space for others, for example "
                                            "by going round the circle."
                                        ),
                                        "options": [
                                            {
                                                "text": "Thank her, then invite someone who hasn't spoken yet.",
                                                "correct": True,
                                                "feedback": "Yes. She feels respected and others get space.",
                                            },
                                            {
                                                "text": "Tell her in front of everyone to be quiet.",
                                                "correct": False,
                                                "feedback": "Not yet - this can shame her. Open the space gently.",
                                            },
                                            {
                                                "text": "Let it continue, because she is confident.",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - quieter members lose their chance to "
                                                    "speak and lead."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which are fair ways for a collective to decide? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "The group decides, by agreement or by a vote. The "
                                            "facilitator helps lay out the choices."
                                        ),
                                        "options": [
                                            {
                                                "text": "Asking 'Can everyone live with this?'",
                                                "correct": True,
                                                "feedback": "Yes. This checks for agreement.",
                                            },
                                            {
                                                "text": "Holding a vote when the group cannot agree",
                                                "correct": True,
                                                "feedback": "Yes. A vote is a fair way forward.",
                                            },
                                            {
                                                "text": "The facilitator choosing, to save time",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - quick, but it takes the decision away "
                                                    "from the group."
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
                        "prompt": "What is a facilitator's main job in a collective?",
                        "kind": "single",
                        "explanation": (
                            "The facilitator helps the group talk, decide and act together, and "
                            "slowly hands that role to members."
                        ),
                        "options": [
                            {
                                "text": "To lead the group and make its decisions",
                                "correct": False,
                                "feedback": "Not yet - the collective belongs to its members.",
                            },
                            {
                                "text": "To help the group talk, decide and act, and slowly hand the role over",
                                "correct": True,
                                "feedback": "Yes. A good facilitator becomes less needed over time.",
                            },
                            {
                                "text": "To report members' personal news to the organisation",
                                "correct": False,
                                "feedback": "Not yet - what members share in the group stays in the group.",
                            },
                        ],
                    },
                    {
                        "prompt": "Which belong in a group agreement? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A group agreement helps everyone feel safe: privacy, respect, no "
                            "pressure to share, and freedom to take a break."
                        ),
                        "options": [
                            {
                                "text": "Nobody has to share her own story.",
                                "correct": True,
                                "feedback": "Yes. Sharing is always a choice.",
                            },
                            {
                                "text": "Everyone must speak at least once.",
                                "correct": False,
                                "feedback": "Not yet - passing is always allowed.",
                            },
                            {
                                "text": "What is said here stays here.",
                                "correct": True,
                                "feedback": "Yes. Privacy helps trust grow.",
                            },
                            {
                                "text": "Anyone can step out for a break.",
                                "correct": True,
                                "feedback": "Yes. Members stay in control of their own comfort.",
                            },
                        ],
                    },
                    {
                        "prompt": "Several members do not read. How can the group keep a record of its decisions?",
                        "kind": "single",
                        "explanation": (
                            "Pictures, symbols and voice notes let everyone use the group's "
                            "records."
                        ),
                        "options": [
                            {
                                "text": "Only the members who read keep the records.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this leaves others out and puts power with a few."
                                ),
                            },
                            {
                                "text": "Use pictures, symbols or voice notes alongside writing.",
                                "correct": True,
                                "feedback": "Yes. Everyone can check and use the records.",
                            },
                            {
                                "text": "Don't keep records at all.",
                                "correct": False,
                                "feedback": (
                                    "Not yet - records help the group remember and follow up "
                                    "its decisions."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "You notice older members always sit in front and younger ones serve tea. What helps? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Notice old hierarchies, share tasks fairly, and gently invite the "
                            "group to talk about it."
                        ),
                        "options": [
                            {
                                "text": "Sitting in a circle",
                                "correct": True,
                                "feedback": "Yes. A circle has no front or back.",
                            },
                            {
                                "text": "Sharing tasks like tea and notes by turns",
                                "correct": True,
                                "feedback": "Yes. Fair sharing makes everyone equal members.",
                            },
                            {
                                "text": "Ignoring it, because it is tradition",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these patterns can silence some members. Notice "
                                    "them and invite change gently."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 6
        {
            "slug": "m3-advocacy-safely",
            "title": "Engaging survivors in advocacy safely",
            "estimated_minutes": 45,
            "objectives": [
                "Name three ways to advocate that do not need a personal story",
                "List what a survivor must know before she agrees to take part",
                "Explain why survivor leaders are paid for their time and expertise",
                "Plan a short line a speaker can use to decline a personal question",
            ],
            "lessons": [
                {
                    "slug": "m3-advocacy-is-a-choice",
                    "title": "Advocacy is a choice",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about survivors speaking in public and the "
                                    "pressure some face to share their experiences. There are no "
                                    "details of any experience."
                                ),
                                "summary": (
                                    "Advocacy means speaking up to change things. There are many "
                                    "ways to do it without telling a personal story. Taking part is "
                                    "always a choice, and a survivor can say yes to one thing and no "
                                    "to another."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<p>Advocacy means speaking up to change things: laws, schemes, or "
                                "how officials treat people. Survivor leaders are powerful advocates, "
                                "because they know what works and what does not.</p>"
                                "<p>Many people think advocacy means standing on a stage and telling "
                                "your life story. It does not. A personal story should never be the "
                                "price of a seat at the table.</p>"
                                "<h3>Ways to advocate without a personal story</h3>"
                                "<ul>"
                                "<li>Presenting the collective's demands at a district meeting.</li>"
                                "<li>Collecting facts, such as how long compensation claims take in "
                                "the district.</li>"
                                "<li>Meeting the District Legal Services Authority about delays.</li>"
                                "<li>Helping to train police or shelter staff on respectful "
                                "practice.</li>"
                                "<li>Sitting on a committee that plans services.</li>"
                                "<li>Writing or recording a letter from the whole group.</li>"
                                "</ul>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<p>Every survivor chooses whether to take part, and how. She can say "
                                "yes to one thing and no to another. She can say yes today and no "
                                "next month. None of this needs a reason. Your job as a mentor is to "
                                "make sure every choice is free, informed and respected, including "
                                "the choice to stay out of public work altogether.</p>"
                            ),
                        ),
                    ],
                },
                {
                    "slug": "m3-consent-payment-respect",
                    "title": "Consent, payment and respect",
                    "estimated_minutes": 15,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson covers consent, identity protection and being "
                                    "pushed to share painful experiences in public. There are no "
                                    "details of any experience."
                                ),
                                "summary": (
                                    "Before any event, a survivor must know who, where, what will "
                                    "be recorded, and that she can withdraw. Anything public that "
                                    "could identify her needs her written permission. Survivor "
                                    "leaders are paid for their time, and nobody is pushed to share "
                                    "her story."
                                ),
                            },
                        ),
                        (
                            "text",
                            (
                                "<h3>Informed consent</h3>"
                                "<p>Before she agrees, a survivor should know: who is organising and "
                                "who will be there; what she is being asked to do; whether there will "
                                "be cameras, recordings or journalists; where her words or picture "
                                "might appear, and for how long; and that she can change her mind at "
                                "any time. Indian law protects the identity of trafficking survivors. "
                                "Anything public that could identify her needs her written "
                                "permission first.</p>"
                                "<h3>Fair payment</h3>"
                                "<p>Survivor leaders are experts. Pay them for their time, like any "
                                "other speaker or trainer. Also cover travel, food, childcare and any "
                                "lost wages. Pay on the day or before. 'It is good exposure' is not "
                                "payment.</p>"
                            ),
                        ),
                        (
                            "text",
                            (
                                "<h3>No forced disclosure</h3>"
                                "<p>Organisers, officials and journalists sometimes say 'Tell us what "
                                "happened to you.' Agree beforehand that the chair or mentor will "
                                "step in. She never has to explain why she will not answer. Also watch "
                                "for tokenism: one survivor on a stage while the real decisions are "
                                "made somewhere else. Ask organisers how survivors' ideas will shape "
                                "what happens next.</p>"
                            ),
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": "What must a survivor know before she agrees to speak? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Informed consent means she knows who, what, whether it "
                                            "is recorded, where it will appear, and that she can "
                                            "withdraw."
                                        ),
                                        "options": [
                                            {
                                                "text": "Whether there will be cameras or journalists",
                                                "correct": True,
                                                "feedback": "Yes. Recording changes the risk, so she must know.",
                                            },
                                            {
                                                "text": "That she can change her mind at any time",
                                                "correct": True,
                                                "feedback": "Yes. Consent can always be taken back.",
                                            },
                                            {
                                                "text": "Who will be in the audience",
                                                "correct": True,
                                                "feedback": "Yes. The audience affects what she may choose to say.",
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "An organiser offers 'good exposure' instead of a fee. What is fair?",
                                        "kind": "single",
                                        "explanation": (
                                            "Survivor leaders are paid for their expertise, plus costs "
                                            "like travel, food, childcare and lost wages."
                                        ),
                                        "options": [
                                            {
                                                "text": "Accept, because the cause is important.",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - other speakers are paid. Survivor "
                                                    "leaders deserve the same respect."
                                                ),
                                            },
                                            {
                                                "text": "Ask for a fair fee plus travel, food, childcare and lost wages.",
                                                "correct": True,
                                                "feedback": "Yes. Her time and knowledge have real value.",
                                            },
                                        ],
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "m3-preparing-and-checking-in",
                    "title": "Preparing together, checking in after",
                    "estimated_minutes": 13,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            (
                                "<h3>Before the event</h3>"
                                "<ul>"
                                "<li>She decides what she will share, and what is off-limits. Write "
                                "or record this together.</li>"
                                "<li>Practise a short line for personal questions, such as: 'That is "
                                "private. What I can tell you is what needs to change.'</li>"
                                "<li>Think together about hard questions that might come, and how "
                                "she would like to answer.</li>"
                                "<li>Plan the journey: who travels with her, how she gets home, and "
                                "where she can rest.</li>"
                                "<li>Agree a signal she can give if she needs a break or wants you "
                                "to step in.</li>"
                                "</ul>"
                                "<h3>After the event</h3>"
                                "<p>Check in the same day, and again a few days later. Ask what went "
                                "well, how she is feeling, and what she would change next time. "
                                "Speaking up can bring pride, and it can also stir up tiredness or "
                                "old feelings. Both are normal. She can rest, or step back from "
                                "advocacy, at any time.</p>"
                                "<p>Anjali spoke to district officials about delays in victim "
                                "compensation. She shared facts from the collective, not her own "
                                "story. Afterwards she said the practice line gave her courage: she "
                                "used it once, and then carried on.</p>"
                            ),
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of an event where survivors were invited to speak. What "
                                    "went well? What would you do differently now, to make it safer "
                                    "and fairer?"
                                ),
                                "hint": (
                                    "Private to you. Think about consent, payment, preparation and "
                                    "the check-in afterwards."
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
                        "prompt": "Which are ways to advocate without telling a personal story? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Advocacy can mean presenting demands, collecting facts, meeting "
                            "officials, training staff or joining committees."
                        ),
                        "options": [
                            {
                                "text": "Presenting the collective's demands at a district meeting",
                                "correct": True,
                                "feedback": "Yes. The group's demands speak for many.",
                            },
                            {
                                "text": "Collecting facts about compensation delays",
                                "correct": True,
                                "feedback": "Yes. Facts can be very persuasive.",
                            },
                            {
                                "text": "Describing her own experience to a TV channel",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this is a personal story. It is her choice, but "
                                    "it is not needed for advocacy."
                                ),
                            },
                            {
                                "text": "Helping train police on respectful practice",
                                "correct": True,
                                "feedback": "Yes. Her knowledge improves how others work.",
                            },
                        ],
                    },
                    {
                        "prompt": "A newspaper wants to print a survivor leader's photo with her speech. What is needed first?",
                        "kind": "single",
                        "explanation": (
                            "Indian law protects survivors' identity. Anything public that could "
                            "identify her needs her written permission."
                        ),
                        "options": [
                            {
                                "text": "The organiser's permission",
                                "correct": False,
                                "feedback": "Not yet - only she can give permission about her identity.",
                            },
                            {
                                "text": "Her informed, written permission",
                                "correct": True,
                                "feedback": "Yes. Without it, publishing could harm her and break the law.",
                            },
                            {
                                "text": "Nothing, as she spoke in public",
                                "correct": False,
                                "feedback": (
                                    "Not yet - speaking at an event is not consent to her photo "
                                    "being printed."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "During a meeting, an official asks Rekha, 'Tell us what happened to you.' What helps most?",
                        "kind": "single",
                        "explanation": (
                            "Plan ahead: she has a practised line, and the chair or mentor has "
                            "agreed to step in."
                        ),
                        "options": [
                            {
                                "text": "She uses her practised line, and the mentor steps in as agreed.",
                                "correct": True,
                                "feedback": "Yes. Preparation protects her choice not to disclose.",
                            },
                            {
                                "text": "She should answer, because officials expect it.",
                                "correct": False,
                                "feedback": "Not yet - nobody is ever required to share her story.",
                            },
                            {
                                "text": "The mentor tells the story for her.",
                                "correct": False,
                                "feedback": "Not yet - her story is hers alone to tell or keep.",
                            },
                        ],
                    },
                    {
                        "prompt": "What should a fair invitation for a survivor speaker include? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Fair invitations include a fee, costs covered, clear information and "
                            "the freedom to withdraw."
                        ),
                        "options": [
                            {
                                "text": "A fee for her time and expertise",
                                "correct": True,
                                "feedback": "Yes. She is paid like any other expert.",
                            },
                            {
                                "text": "Travel, food and childcare costs",
                                "correct": True,
                                "feedback": "Yes. Taking part should not cost her anything.",
                            },
                            {
                                "text": "A promise that she will share her experience",
                                "correct": False,
                                "feedback": "Not yet - disclosure is never a condition of taking part.",
                            },
                        ],
                    },
                    {
                        "prompt": "When should a mentor check in after an advocacy event?",
                        "kind": "single",
                        "explanation": (
                            "Check in the same day and a few days later. Feelings can come up "
                            "later."
                        ),
                        "options": [
                            {
                                "text": "Only if she seems upset on the day",
                                "correct": False,
                                "feedback": (
                                    "Not yet - tiredness or old feelings can come days later. "
                                    "Check in anyway."
                                ),
                            },
                            {
                                "text": "The same day, and again a few days later",
                                "correct": True,
                                "feedback": "Yes. Two check-ins catch feelings that arrive late.",
                            },
                            {
                                "text": "At the next monthly meeting",
                                "correct": False,
                                "feedback": "Not yet - that may be too long to wait.",
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
