"""S2: "Rights, wellbeing and money" (code S2), for survivor leaders.

Audio-first: very short sentences and simple words. Six modules: know your rights; victim
compensation and free legal aid (DLSA); emotional wellbeing and peer support; supporting a peer
in distress (Look, Listen, Link); money basics and the warning signs of debt bondage; digital
money safety (UPI, cyber-crime helpline 1930). Legal statements are kept general, with no
section numbers: this is information, not legal advice. No lesson asks a learner to tell her
own story. Checked by ``schema.validate_course``.
"""

COURSE = {
    "code": "S2",
    "slug": "rights-wellbeing-and-money",
    "title": "Rights, wellbeing and money",
    "summary": (
        "For survivor leaders. Know your rights. Claim compensation and free legal aid. Look "
        "after your feelings and support a friend in distress. Plan your money, save safely, "
        "and spot debt traps and phone fraud. Every lesson can be heard as well as read."
    ),
    "audience": "survivor_leader",
    # Six modules of at most 45 minutes each (the module limit), so 270 minutes of lessons.
    "estimated_minutes": 270,
    "prerequisites": ["learning-safely-here"],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "s2-know-your-rights",
            "title": "Know your rights",
            "estimated_minutes": 45,
            "objectives": [
                "Explain that agreeing at the start does not stop it being trafficking",
                "Name four details that make up your identity, and say who needs your written "
                "permission to share them",
                "Name three things you can ask for at a police station",
                "Name four places to get free help: DLSA, One Stop Centre, 181 and 112",
            ],
            "lessons": [
                {
                    "slug": "s2-what-the-law-says-about-trafficking",
                    "title": "What the law says about trafficking",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains what trafficking means in law. It uses "
                                    "general words only. It does not describe anyone's "
                                    "experience."
                                ),
                                "summary": (
                                    "Trafficking is a serious crime. It is still trafficking "
                                    "even if the person agreed at the start, because the law "
                                    "says the victim's consent does not matter. The blame "
                                    "belongs to the trafficker, never to the survivor."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Trafficking is a serious crime in India. In simple words, it "
                            "means taking, moving or keeping a person in order to exploit them. "
                            "The trafficker controls the person. They use force, threats, "
                            "tricks, false promises or debt.</p>"
                            "<p>Exploitation takes many forms. Forced work in homes, factories, "
                            "brick kilns or farms. Being forced into sex work. Being sold into "
                            "marriage. Being made to beg.</p>"
                            "<h3>Saying yes does not change it</h3>"
                            "<p>This point is very important. Indian law says that the victim's "
                            "consent does not matter when deciding if trafficking "
                            "happened.</p>"
                            "<p>Many people agreed to something at the start. A job in the city. "
                            "A trip. A marriage. They agreed because of false promises. Later, "
                            "they were trapped. That is still trafficking. Saying yes to a job "
                            "is not saying yes to being exploited.</p>"
                            "<h3>It was not your fault</h3>"
                            "<p>Traffickers' tricks can fool anyone. Clever, careful, strong "
                            "people are tricked every day. The crime, and the blame, belong to "
                            "the trafficker.</p>"
                            "<h3>Why this matters for a leader</h3>"
                            "<p>A new member may say, “But I agreed to go.” She may feel "
                            "ashamed. You can tell her kindly: “The law says that does not "
                            "matter. You were tricked. You are not to blame.” These words can "
                            "lift a heavy weight.</p>"
                            "<p>This lesson gives general information. For advice about one "
                            "person's situation, the DLSA gives free legal help.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Consent does not matter",
                                "text": (
                                    "Agreeing at the start does not make it your fault. The law "
                                    "looks at what the trafficker did."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-protecting-your-identity",
                    "title": "Your right to protect your identity",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Your name, face, home and village are yours to protect. Indian "
                            "law protects the identity of survivors of sexual crimes and of "
                            "children. Making their identity public without permission can be a "
                            "crime. And every survivor can ask police, courts, NGOs and "
                            "reporters to keep her name and face private.</p>"
                            "<h3>What identity means</h3>"
                            "<ul>"
                            "<li>Your name, and your family's names.</li>"
                            "<li>Your photo or video, even a blurred one, if people can still "
                            "tell it is you.</li>"
                            "<li>Your address, village or workplace.</li>"
                            "<li>Any detail that lets people guess who you are.</li>"
                            "</ul>"
                            "<h3>Your choices</h3>"
                            "<ul>"
                            "<li>You can ask to use a different name.</li>"
                            "<li>You can say no to photos.</li>"
                            "<li>You can ask for your face to be hidden and your voice "
                            "changed.</li>"
                            "<li>You can ask to hear or see a story before it goes out.</li>"
                            "<li>Any permission you give should be in writing. Keep a copy.</li>"
                            "</ul>"
                            "<p>If your identity is shared without your permission, tell your "
                            "mentor. You can also get free advice from the DLSA.</p>"
                            "<h3>Phones and social media</h3>"
                            "<p>A photo in a WhatsApp group can be forwarded many times, to "
                            "people you do not know. Ask before you post photos of others. Ask "
                            "others not to post yours.</p>"
                            "<p>Salma's collective made a simple rule: no photos of faces "
                            "without asking each person first. Everyone now feels safer at "
                            "meetings.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "A rule for your group",
                                "text": (
                                    "Agree as a group: always ask before taking or sharing any "
                                    "photo. Say the rule at the start of big meetings."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-rights-with-police-and-courts",
                    "title": "Your rights with the police and in court",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks about going to the police or to court. It "
                                    "gives general information, not legal advice. It describes "
                                    "no crimes."
                                ),
                                "summary": (
                                    "You can report a crime and get a free copy of the FIR. You "
                                    "can ask for a woman officer and a free lawyer. Take a "
                                    "trusted person with you. Free help: the DLSA, the One Stop "
                                    "Centre, 181, and 112 in an emergency."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>You may need to go to the police, or to court. Knowing your "
                            "rights helps you feel steadier. You can take a trusted person with "
                            "you.</p>"
                            "<h3>At the police station</h3>"
                            "<ul>"
                            "<li>You can report a crime. The police have a duty to record a "
                            "serious crime like trafficking.</li>"
                            "<li>You have a right to a free copy of the FIR. The FIR is the "
                            "first written report of a crime.</li>"
                            "<li>Read the FIR, or ask for it to be read to you, before you sign. "
                            "Ask for changes if something is missing or not what you said.</li>"
                            "<li>You can ask to speak to a woman officer.</li>"
                            "<li>You can ask for free legal aid.</li>"
                            "</ul>"
                            "<h3>In court</h3>"
                            "<ul>"
                            "<li>A government lawyer, called the public prosecutor, runs the "
                            "case.</li>"
                            "<li>You can also ask the DLSA for a free lawyer to advise you.</li>"
                            "<li>If you are threatened, tell your lawyer and the police. You "
                            "can ask for protection.</li>"
                            "<li>Ask your lawyer to explain each step and each date.</li>"
                            "</ul>"
                            "<h3>Where to get free help</h3>"
                            "<ul>"
                            "<li><strong>District Legal Services Authority (DLSA):</strong> free "
                            "lawyers and advice.</li>"
                            "<li><strong>One Stop Centre:</strong> help for women facing "
                            "violence, in one place. Medical help, police help, legal advice "
                            "and counselling.</li>"
                            "<li><strong>Women helpline 181.</strong></li>"
                            "<li><strong>Emergency 112</strong>, if you are in danger now.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Keep your papers safe",
                                "text": (
                                    "Keep copies of the FIR and other papers in one plastic "
                                    "folder. A photo of each page on your phone is a useful "
                                    "back-up."
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
                            "Anjali agreed to go to the city for a job. There she was trapped "
                            "and forced to work. Is it trafficking?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "The law says the victim's consent does not matter. She was tricked "
                            "and exploited, so it is trafficking."
                        ),
                        "options": [
                            {
                                "text": "Yes. Her agreeing at the start does not change it",
                                "correct": True,
                                "feedback": (
                                    "Yes - saying yes to a job is not saying yes to being "
                                    "exploited."
                                ),
                            },
                            {
                                "text": "No, because she agreed to go",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the law says consent does not matter. She agreed "
                                    "because of false promises."
                                ),
                            },
                            {
                                "text": "Only if she was carried away by force",
                                "correct": False,
                                "feedback": (
                                    "Not yet - tricks, false promises and debt count too, not "
                                    "only force."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which details are part of your identity? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Identity is anything that lets people know or guess who you are: "
                            "name, face, home, village or workplace."
                        ),
                        "options": [
                            {
                                "text": "Your name",
                                "correct": True,
                                "feedback": "Yes - you can ask to use a different name.",
                            },
                            {
                                "text": "A photo of your face",
                                "correct": True,
                                "feedback": "Yes - you can say no to photos.",
                            },
                            {
                                "text": "Your village",
                                "correct": True,
                                "feedback": "Yes - a village name can help people guess who you are.",
                            },
                            {
                                "text": "Your favourite colour",
                                "correct": False,
                                "feedback": (
                                    "Not yet - on its own, this does not show who you are. "
                                    "Look at the other choices."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "What can you ask for at a police station? Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "You can get a free copy of the FIR, have it read to you before you "
                            "sign, and ask for a woman officer. Reporting a crime costs "
                            "nothing."
                        ),
                        "options": [
                            {
                                "text": "A free copy of the FIR",
                                "correct": True,
                                "feedback": "Yes - the copy is your right, and it is free.",
                            },
                            {
                                "text": "To have the FIR read to you before you sign",
                                "correct": True,
                                "feedback": "Yes - sign only when it says what you said.",
                            },
                            {
                                "text": "To speak to a woman officer",
                                "correct": True,
                                "feedback": "Yes - you can ask for this.",
                            },
                            {
                                "text": "To pay a fee so your report is written",
                                "correct": False,
                                "feedback": (
                                    "Not yet - reporting a crime is free. No one should ask you "
                                    "for money."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Where can you get a free lawyer?",
                        "kind": "single",
                        "explanation": (
                            "The District Legal Services Authority (DLSA) gives free lawyers and "
                            "legal advice."
                        ),
                        "options": [
                            {
                                "text": "The District Legal Services Authority (DLSA)",
                                "correct": True,
                                "feedback": "Yes - free legal aid is your right.",
                            },
                            {
                                "text": "Nowhere. Lawyers always cost money",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the DLSA gives lawyers for free to survivors of "
                                    "trafficking."
                                ),
                            },
                            {
                                "text": "From the person you are complaining about",
                                "correct": False,
                                "feedback": (
                                    "Not yet - that lawyer would not act for you. Go to the DLSA."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A reporter wants a photo of your face for a story. What is true?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "You can say no, or ask for your face to be hidden. Any permission "
                            "should be in writing."
                        ),
                        "options": [
                            {
                                "text": "You can say no, or ask for your face to be hidden",
                                "correct": True,
                                "feedback": "Yes - your identity is yours to protect.",
                            },
                            {
                                "text": "You must agree, because the story helps others",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a good cause does not take away your choice. You "
                                    "can say no."
                                ),
                            },
                            {
                                "text": "A spoken yes is enough, with nothing in writing",
                                "correct": False,
                                "feedback": (
                                    "Not yet - ask for any permission to be in writing, and "
                                    "keep a copy."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "s2-compensation-and-legal-aid",
            "title": "Claiming compensation and free legal aid",
            "estimated_minutes": 45,
            "objectives": [
                "Say what victim compensation is and who decides it",
                "List four papers that help an application",
                "Name three groups of people who can get free legal aid",
                "Keep a record of an application: date, receipt number, next step",
            ],
            "lessons": [
                {
                    "slug": "s2-what-victim-compensation-is",
                    "title": "What victim compensation is",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Victim compensation is money from the government. It is for "
                            "people harmed by a crime, to help them recover and rebuild. It is "
                            "not charity. It is a right set out in law.</p>"
                            "<p>Every state in India has a victim compensation scheme. Survivors "
                            "of trafficking can usually apply. The amount is different in each "
                            "state, and for each kind of harm.</p>"
                            "<h3>Who decides?</h3>"
                            "<p>The District Legal Services Authority (DLSA), or the State Legal "
                            "Services Authority, decides. A court can also recommend "
                            "compensation during or at the end of a case.</p>"
                            "<h3>Important facts</h3>"
                            "<ul>"
                            "<li>You can apply even if the trafficker has not been caught.</li>"
                            "<li>You can apply before the court case is over.</li>"
                            "<li>In urgent cases, the DLSA can give some money quickly. This is "
                            "called interim relief.</li>"
                            "<li>Applying is free. You never need to pay an agent.</li>"
                            "<li>Your state may have a time limit. So ask early.</li>"
                            "</ul>"
                            "<h3>Using the money</h3>"
                            "<p>Compensation can help with a place to live, school fees, "
                            "training, medicine, or a small business. Sometimes part of it is "
                            "kept in a bank deposit for a while, to keep it safe. The rest is "
                            "yours to use as you decide.</p>"
                            "<p>Lakshmi did not hear about compensation for three years. Then a "
                            "para-legal volunteer told her about it at a meeting. Now she tells "
                            "every new member of her collective.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "A right, not a favour",
                                "text": (
                                    "Compensation is your right under the law. Asking for it is "
                                    "not begging. It is claiming what is yours."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-how-to-apply-step-by-step",
                    "title": "How to apply, step by step",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Applying can feel hard. Go one step at a time. You do not need "
                            "to do it alone. Your mentor, your collective or a para-legal "
                            "volunteer can help.</p>"
                            "<h3>Step 1: Contact the DLSA</h3>"
                            "<p>The DLSA office is usually in the district court building. You "
                            "can go there, or ask a para-legal volunteer to connect you. You can "
                            "say: “I am a survivor of trafficking. I want to apply for victim "
                            "compensation and free legal aid.”</p>"
                            "<h3>Step 2: Gather what you have</h3>"
                            "<ul>"
                            "<li>A copy of the FIR, if there is one.</li>"
                            "<li>Any rescue papers or a medical report.</li>"
                            "<li>An ID card, like Aadhaar or a voter card, if you have one.</li>"
                            "<li>Details of a bank account in your own name.</li>"
                            "</ul>"
                            "<p>If some papers are missing, still go. Ask what else can be used. "
                            "The DLSA can help you get copies.</p>"
                            "<h3>Step 3: Fill in the form</h3>"
                            "<p>Ask for help to fill it in. Read it, or have it read to you, "
                            "before you sign. Ask for a receipt with a number and a date.</p>"
                            "<h3>Step 4: Keep a record</h3>"
                            "<p>Write down, or record as a voice note: the date you applied, the "
                            "receipt number, the name of the person you met, and the next date. "
                            "Keep all papers in one folder.</p>"
                            "<h3>Step 5: Follow up</h3>"
                            "<p>If you hear nothing, go back or call. Be polite, and keep "
                            "asking. Take a friend from the collective.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "An account in your own name",
                                "text": (
                                    "Money should go to a bank account that only you control. "
                                    "Never let anyone else keep your passbook, ATM card or PIN."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-free-legal-aid-from-the-dlsa",
                    "title": "Free legal aid from the DLSA",
                    "estimated_minutes": 13,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Free legal aid means you get a lawyer and legal advice without "
                            "paying. It is a right under Indian law.</p>"
                            "<h3>Who can get it?</h3>"
                            "<p>Many people can. Among them:</p>"
                            "<ul>"
                            "<li>Every survivor of trafficking or forced labour.</li>"
                            "<li>Every woman, and every child.</li>"
                            "<li>People from Scheduled Castes and Scheduled Tribes.</li>"
                            "<li>People with disabilities.</li>"
                            "<li>People with a low income.</li>"
                            "</ul>"
                            "<p>So as a survivor, you do not need to prove that you are "
                            "poor.</p>"
                            "<h3>What help can you get?</h3>"
                            "<ul>"
                            "<li>Advice about your rights.</li>"
                            "<li>A lawyer for your case, paid for by the DLSA.</li>"
                            "<li>Help with forms, like the compensation form.</li>"
                            "<li>Help with other problems, like wages that were never paid.</li>"
                            "</ul>"
                            "<h3>Where to go</h3>"
                            "<p>The DLSA is in the district court. Smaller areas also have a "
                            "legal services committee. Legal aid camps are held in villages too. "
                            "Para-legal volunteers are trained local people who can guide you "
                            "there.</p>"
                            "<h3>If your lawyer does not help</h3>"
                            "<p>Your free lawyer should meet you, explain things and tell you the "
                            "next date. If this does not happen, go back to the DLSA. Ask for "
                            "help, or for a different lawyer.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Rekha is a survivor of trafficking. Does she need "
                                            "to prove she is poor to get free legal aid?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Survivors of trafficking, and all women, can get "
                                            "free legal aid whatever their income."
                                        ),
                                        "options": [
                                            {
                                                "text": "No",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - being a survivor of trafficking is "
                                                    "enough."
                                                ),
                                            },
                                            {
                                                "text": "Yes",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - income matters for some people, "
                                                    "but not for survivors of trafficking or "
                                                    "for women."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "What can free legal aid help with? Choose all that "
                                            "fit."
                                        ),
                                        "kind": "multiple",
                                        "explanation": (
                                            "Legal aid gives advice, a lawyer and help with "
                                            "forms. It never involves paying bribes."
                                        ),
                                        "options": [
                                            {
                                                "text": "Advice about your rights",
                                                "correct": True,
                                                "feedback": "Yes - advice is free.",
                                            },
                                            {
                                                "text": "A lawyer for your case",
                                                "correct": True,
                                                "feedback": "Yes - the DLSA pays the lawyer.",
                                            },
                                            {
                                                "text": "Help filling in the compensation form",
                                                "correct": True,
                                                "feedback": "Yes - you do not have to do forms alone.",
                                            },
                                            {
                                                "text": "Paying a bribe to speed things up",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - legal aid never pays bribes, and "
                                                    "you should not either. Ask the DLSA about "
                                                    "delays."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Your free lawyer has not met you for months. What "
                                            "can you do?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "You can go back to the DLSA and ask for help, or "
                                            "for a different lawyer."
                                        ),
                                        "options": [
                                            {
                                                "text": "Go back to the DLSA and ask for help",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - the DLSA can follow up, or give you "
                                                    "another lawyer."
                                                ),
                                            },
                                            {
                                                "text": "Give up on the case",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - you do not have to give up. The "
                                                    "DLSA can help."
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
                        "prompt": "Who decides on victim compensation?",
                        "kind": "single",
                        "explanation": (
                            "The District or State Legal Services Authority decides. A court "
                            "can also recommend it."
                        ),
                        "options": [
                            {
                                "text": "The District or State Legal Services Authority",
                                "correct": True,
                                "feedback": "Yes - that is why the DLSA is the place to start.",
                            },
                            {
                                "text": "The head of the police station",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the police record the crime. The Legal Services "
                                    "Authority decides compensation."
                                ),
                            },
                            {
                                "text": "An agent who charges a fee",
                                "correct": False,
                                "feedback": (
                                    "Not yet - applying is free. Be careful of anyone who asks "
                                    "for money."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are true about victim compensation? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "You can apply even if the trafficker is not caught. Applying is "
                            "free. There may be a time limit, so ask early."
                        ),
                        "options": [
                            {
                                "text": "You can apply even if the trafficker has not been caught",
                                "correct": True,
                                "feedback": "Yes - you do not have to wait for an arrest.",
                            },
                            {
                                "text": "Applying is free",
                                "correct": True,
                                "feedback": "Yes - no one should charge you.",
                            },
                            {
                                "text": "It is wise to ask early, because of time limits",
                                "correct": True,
                                "feedback": "Yes - ask the DLSA about the limit in your state.",
                            },
                            {
                                "text": "You must pay an agent to apply",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you never need an agent. The DLSA and para-legal "
                                    "volunteers help for free."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which papers help an application? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A copy of the FIR, an ID card and a bank account in your own name "
                            "all help. Bring what you have."
                        ),
                        "options": [
                            {
                                "text": "A copy of the FIR",
                                "correct": True,
                                "feedback": "Yes - bring it if there is one.",
                            },
                            {
                                "text": "An ID card, if you have one",
                                "correct": True,
                                "feedback": "Yes - and the DLSA can help if it is missing.",
                            },
                            {
                                "text": "Details of a bank account in your own name",
                                "correct": True,
                                "feedback": "Yes - so the money reaches you and only you.",
                            },
                            {
                                "text": "A letter of permission from your employer",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you do not need anyone's permission to apply."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Some of your papers are missing. What should you do?",
                        "kind": "single",
                        "explanation": (
                            "Go to the DLSA anyway. Ask what else can be used. They can help you "
                            "get copies."
                        ),
                        "options": [
                            {
                                "text": "Go to the DLSA anyway and ask",
                                "correct": True,
                                "feedback": "Yes - missing papers should not stop you starting.",
                            },
                            {
                                "text": "Wait until you have every paper",
                                "correct": False,
                                "feedback": (
                                    "Not yet - waiting can cost time, and there may be a time "
                                    "limit. Go and ask."
                                ),
                            },
                            {
                                "text": "Pay someone to make new papers",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the DLSA can help you get proper copies for free."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Why keep a record of the date, receipt number and the name of the "
                            "person you met?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "A clear record makes it easy to follow up and to show what you "
                            "have already done."
                        ),
                        "options": [
                            {
                                "text": "So you can follow up on your application",
                                "correct": True,
                                "feedback": "Yes - records help you ask the right questions.",
                            },
                            {
                                "text": "Because the police will check it",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the record is for you, so you can follow up."
                                ),
                            },
                            {
                                "text": "It is not needed",
                                "correct": False,
                                "feedback": (
                                    "Not yet - without a record, it is hard to follow up. A "
                                    "voice note is enough."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "s2-emotional-wellbeing",
            "title": "Emotional wellbeing and peer support",
            "estimated_minutes": 45,
            "objectives": [
                "Name four common reactions after very hard times",
                "Use one calming exercise in under two minutes",
                "Name four things that make a peer support circle safe",
                "Make a short wellbeing plan with signs, helps and people to call",
            ],
            "lessons": [
                {
                    "slug": "s2-feelings-after-hard-times",
                    "title": "Feelings after hard times",
                    "estimated_minutes": 9,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson talks in general words about how very hard "
                                    "experiences can affect feelings and the body. It does not "
                                    "describe any events."
                                ),
                                "summary": (
                                    "After very hard times, poor sleep, strong feelings and "
                                    "sudden memories are common. They are normal reactions, not "
                                    "weakness. They often ease with time, safety and support. "
                                    "You can call Tele-MANAS on 14416 at any time."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>After very hard times, the mind and body can stay on alert. It "
                            "is like a smoke alarm that goes off too easily. This is the body "
                            "trying to keep you safe.</p>"
                            "<h3>Common reactions</h3>"
                            "<ul>"
                            "<li>Trouble sleeping, or bad dreams.</li>"
                            "<li>Feeling jumpy, or easily startled.</li>"
                            "<li>Sudden memories that feel very real.</li>"
                            "<li>Feeling numb, far away, or cut off.</li>"
                            "<li>Anger or tears that come fast.</li>"
                            "<li>Headaches, stomach aches, or tiredness.</li>"
                            "</ul>"
                            "<p>These are normal reactions to very hard events. They are not a "
                            "sign of weakness. Many of them ease with time, safety and "
                            "support.</p>"
                            "<h3>Triggers</h3>"
                            "<p>A trigger is something that brings back strong feelings. A "
                            "smell, a sound, a place, a tone of voice. Knowing your triggers "
                            "helps you prepare. You never have to explain them to anyone.</p>"
                            "<h3>Growth is possible too</h3>"
                            "<p>Many survivors also notice growth. They feel stronger. They "
                            "value people more. They see new paths. Most members of our "
                            "collectives say they have grown. Pain and strength can live side "
                            "by side.</p>"
                            "<h3>When to get more help</h3>"
                            "<p>If feelings stay very strong for weeks, or stop you eating, "
                            "sleeping or working, talk to your mentor. You can also call "
                            "Tele-MANAS on 14416. It is free, at any hour.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Normal reactions",
                                "text": (
                                    "Strong reactions after very hard times are normal. They "
                                    "show your body tried to protect you."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-calming-your-body-and-mind",
                    "title": "Calming your body and mind",
                    "estimated_minutes": 9,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>When feelings get big, your body needs help to settle. These "
                            "exercises are quick. You can do them anywhere: on a bus, at work, "
                            "or before a meeting. No one will notice.</p>"
                            "<h3>Slow breathing</h3>"
                            "<p>Breathe in through your nose while you count to four. Breathe "
                            "out through your mouth while you count to six. A longer breath out "
                            "tells your body it is safe. Do this five times.</p>"
                            "<h3>Feet and hands</h3>"
                            "<p>Press your feet flat on the ground. Notice how the floor holds "
                            "you up. Press your palms together for a few seconds, then let go. "
                            "Notice the warmth.</p>"
                            "<h3>Three, two, one</h3>"
                            "<p>Look around. Quietly name three things you can see. Two things "
                            "you can hear. One thing you can touch. This brings your mind back "
                            "to now.</p>"
                            "<h3>A calm picture</h3>"
                            "<p>Think of a calm place. It can be real or imagined. A quiet "
                            "riverbank, a green field, a favourite corner. Notice its colours "
                            "and sounds.</p>"
                            "<h3>Everyday care</h3>"
                            "<ul>"
                            "<li>Sleep and wake at about the same time.</li>"
                            "<li>Eat regular meals, and drink water.</li>"
                            "<li>Move your body: walk, stretch, dance.</li>"
                            "<li>Spend time with people who make you feel safe.</li>"
                            "<li>Do one thing you enjoy each day, even for ten minutes.</li>"
                            "</ul>"
                            "<p>Practise these when you are calm. Then they work better when you "
                            "are upset.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Try it now",
                                "text": (
                                    "Take three slow breaths now. Four counts in, six counts "
                                    "out. Notice how your shoulders feel afterwards."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-peer-support-circles",
                    "title": "Peer support circles",
                    "estimated_minutes": 9,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Peer support means people with shared experience helping each "
                            "other. Other survivors may understand you in a way others cannot. "
                            "You do not have to explain everything. That can be a great "
                            "relief.</p>"
                            "<h3>What makes a support circle safe</h3>"
                            "<ul>"
                            "<li><strong>Privacy.</strong> What is said in the circle stays in "
                            "the circle.</li>"
                            "<li><strong>Choice.</strong> Everyone can speak or stay quiet. No "
                            "one is asked for her story.</li>"
                            "<li><strong>Respect.</strong> No judging. No advice unless asked. "
                            "No comparing who suffered more.</li>"
                            "<li><strong>Today, not the past.</strong> Talk about how you are "
                            "now, what helps, and what you hope for.</li>"
                            "<li><strong>A calm close.</strong> End with a song or a breathing "
                            "exercise.</li>"
                            "</ul>"
                            "<h3>Ideas to start a circle</h3>"
                            "<ul>"
                            "<li>“One thing that went well this week.”</li>"
                            "<li>“One thing that helps me on a hard day.”</li>"
                            "<li>“One skill I am proud of.”</li>"
                            "</ul>"
                            "<p>Salma's collective near Kolkata holds a circle once a month, "
                            "before the business meeting. Each person shares one small good "
                            "thing. Some weeks, people laugh a lot. Some weeks, people are "
                            "quiet. Both are fine.</p>"
                            "<h3>Know the limits</h3>"
                            "<p>A peer circle is not therapy. If someone needs more help, gently "
                            "help her reach the mentor, a counsellor, or Tele-MANAS on 14416. "
                            "The next module shows you how.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Listening is taking part",
                                "text": (
                                    "You do not have to speak in a circle. Listening quietly is "
                                    "also taking part."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-my-wellbeing-plan",
                    "title": "My wellbeing plan",
                    "estimated_minutes": 10,
                    "completion_rule": "reflection",
                    "body": [
                        (
                            "text",
                            "<p>A wellbeing plan is a short list that helps you care for "
                            "yourself. Make it when you feel calm. Use it on hard days. Keep it "
                            "as a voice note on your phone, or on a small card.</p>"
                            "<h3>Five parts of a plan</h3>"
                            "<ol>"
                            "<li><strong>My early signs.</strong> How do I know I am getting "
                            "stressed? For example: I stop eating, I snap at people, I cannot "
                            "sleep.</li>"
                            "<li><strong>What helps me.</strong> Two or three things. For "
                            "example: slow breathing, a walk, prayer, music, talking to my "
                            "sister.</li>"
                            "<li><strong>What I avoid on hard days.</strong> For example: "
                            "skipping meals, or staying up late on the phone.</li>"
                            "<li><strong>My people.</strong> One or two people I can call. For "
                            "example: my mentor, or a friend from the collective.</li>"
                            "<li><strong>Helplines.</strong> Tele-MANAS 14416, at any hour. "
                            "Women helpline 181. Emergency 112 if I am in danger.</li>"
                            "</ol>"
                            "<p>Your plan is yours. It can be short. It can change. Look at it "
                            "again every few months.</p>"
                            "<p>Anjali keeps her plan as a voice note. On hard days, she plays "
                            "it. Hearing her own calm voice reminds her what to do.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Make your own wellbeing plan. Write or record one early "
                                    "sign of stress, two things that help you, and one person "
                                    "you can call."
                                ),
                                "hint": (
                                    "Keep it simple. For example: “I stop eating. A walk and "
                                    "music help. I can call Rekha.” Your plan is private unless "
                                    "you choose to share it with your mentor."
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
                            "Which are common reactions after very hard times? Choose all that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Poor sleep, feeling jumpy and sudden memories are common. They are "
                            "normal reactions, not weakness."
                        ),
                        "options": [
                            {
                                "text": "Trouble sleeping",
                                "correct": True,
                                "feedback": "Yes - this is very common.",
                            },
                            {
                                "text": "Feeling jumpy or easily startled",
                                "correct": True,
                                "feedback": "Yes - the body is staying on alert.",
                            },
                            {
                                "text": "Sudden memories that feel very real",
                                "correct": True,
                                "feedback": "Yes - these often ease with time and support.",
                            },
                            {
                                "text": "Proof that a person is weak",
                                "correct": False,
                                "feedback": (
                                    "Not yet - these reactions are normal. They are not a sign "
                                    "of weakness."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Why name three things you see, two you hear and one you can touch?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Naming what is around you brings your mind back to the present, "
                            "where you are now."
                        ),
                        "options": [
                            {
                                "text": "It brings your mind back to now",
                                "correct": True,
                                "feedback": "Yes - it helps when memories or worries pull you away.",
                            },
                            {
                                "text": "It tests your eyesight",
                                "correct": False,
                                "feedback": (
                                    "Not yet - it is not a test. It helps your mind come back "
                                    "to the present."
                                ),
                            },
                            {
                                "text": "It makes you forget the past forever",
                                "correct": False,
                                "feedback": (
                                    "Not yet - it does not erase anything. It helps you feel "
                                    "steadier right now."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "In slow breathing, which part should be longer?",
                        "kind": "single",
                        "explanation": (
                            "A longer breath out tells your body it is safe to settle."
                        ),
                        "options": [
                            {
                                "text": "The breath out",
                                "correct": True,
                                "feedback": "Yes - four counts in, six counts out.",
                            },
                            {
                                "text": "The breath in",
                                "correct": False,
                                "feedback": (
                                    "Not yet - make the breath out longer. That is what calms "
                                    "the body."
                                ),
                            },
                            {
                                "text": "Holding your breath as long as you can",
                                "correct": False,
                                "feedback": (
                                    "Not yet - holding your breath can make you feel worse. "
                                    "Breathe out slowly instead."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What makes a peer support circle safe? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Privacy, choice to speak or stay quiet, and never being asked for "
                            "your story keep a circle safe."
                        ),
                        "options": [
                            {
                                "text": "What is said stays in the circle",
                                "correct": True,
                                "feedback": "Yes - privacy builds trust.",
                            },
                            {
                                "text": "Anyone can stay quiet",
                                "correct": True,
                                "feedback": "Yes - listening is also taking part.",
                            },
                            {
                                "text": "No one is asked for her story",
                                "correct": True,
                                "feedback": "Yes - the circle talks about today and hopes.",
                            },
                            {
                                "text": "Comparing who suffered more",
                                "correct": False,
                                "feedback": (
                                    "Not yet - comparing can hurt people. Each person's "
                                    "experience is her own."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Your feelings have stayed very strong for weeks. What is a good step?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Talk to your mentor, or call Tele-MANAS on 14416. Asking for help "
                            "is a strong step."
                        ),
                        "options": [
                            {
                                "text": "Talk to your mentor, or call Tele-MANAS on 14416",
                                "correct": True,
                                "feedback": "Yes - you deserve support.",
                            },
                            {
                                "text": "Hide it, so no one worries",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you do not have to carry this alone. Reach out "
                                    "to someone."
                                ),
                            },
                            {
                                "text": "Wait for months and hope it passes",
                                "correct": False,
                                "feedback": (
                                    "Not yet - help is there now. You do not need to wait."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "s2-supporting-a-peer-in-distress",
            "title": "Supporting a peer in distress: Look, Listen, Link",
            "estimated_minutes": 45,
            "objectives": [
                "Name the three steps: Look, Listen, Link",
                "Name four signs that a friend may be in distress",
                "Say two helpful things, and name two things to avoid saying",
                "Link a friend to help, including 112 and Tele-MANAS 14416 in a crisis",
            ],
            "lessons": [
                {
                    "slug": "s2-look-notice-and-check-safety",
                    "title": "Look: notice, and check safety",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about noticing when a friend is very upset, "
                                    "and keeping people safe. It mentions distress and thoughts "
                                    "of not wanting to live, in general words only."
                                ),
                                "summary": (
                                    "Look means notice. Check that everyone is safe, and notice "
                                    "who is upset and what she needs. If anyone is in danger "
                                    "now, call 112. Do not put yourself at risk."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Sometimes a friend, or a member of your collective, will be very "
                            "upset. Maybe she got bad news. Maybe something brought back hard "
                            "memories. Maybe she is afraid. You do not need to be a doctor or a "
                            "counsellor to help. You can use three simple steps: "
                            "<strong>Look, Listen, Link.</strong></p>"
                            "<h3>Look: check safety first</h3>"
                            "<ul>"
                            "<li>Is anyone in danger right now? Is anyone hurt?</li>"
                            "<li>Is it safe for you to go near?</li>"
                            "<li>If there is danger, call 112. Do not put yourself at risk.</li>"
                            "</ul>"
                            "<h3>Look: notice signs of distress</h3>"
                            "<ul>"
                            "<li>Crying a lot, or shaking.</li>"
                            "<li>Very quiet, staring, not answering.</li>"
                            "<li>Confused, or not sure where she is.</li>"
                            "<li>Very angry, or shouting.</li>"
                            "<li>Not eating, not sleeping, keeping away from everyone.</li>"
                            "<li>Talking about not wanting to live.</li>"
                            "</ul>"
                            "<h3>Look: notice basic needs</h3>"
                            "<p>Does she need water, food, a quiet place or medicine? Does she "
                            "need to get home safely? Help with these first. Small comforts "
                            "matter.</p>"
                            "<p>After a meeting, Rekha saw Padma sitting alone, very still. "
                            "Rekha did not rush in with questions. She sat nearby, offered "
                            "water, and said, “I am here. Take your time.”</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Your safety matters too",
                                "text": (
                                    "If a situation feels dangerous, step back and call for "
                                    "help. You help best when you are safe."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-listen-be-calm-and-present",
                    "title": "Listen: be calm and present",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about listening to a friend who is very "
                                    "upset, without asking about painful details."
                                ),
                                "summary": (
                                    "Listen means stay calm, stay close, and let her lead. Never "
                                    "push for details of what happened. Ask what she needs right "
                                    "now."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Listening is the heart of support. You do not need perfect "
                            "words. Your calm presence helps.</p>"
                            "<h3>How to listen</h3>"
                            "<ul>"
                            "<li>Ask, “Can I sit with you?”</li>"
                            "<li>Sit at her level. Speak softly and slowly.</li>"
                            "<li>Let her talk, or stay quiet. Both are fine.</li>"
                            "<li>Ask what she needs: “What would help right now?”</li>"
                            "<li>Say back what you hear: “You are scared about tonight.”</li>"
                            "</ul>"
                            "<h3>Do not push for the story</h3>"
                            "<p>Never ask for details of what happened. Going over painful "
                            "details can make things worse. If she wants to talk, listen. If she "
                            "does not, that is fine. Talk about now: what she needs, who she "
                            "trusts, what has helped before.</p>"
                            "<h3>Helpful things to say</h3>"
                            "<ul>"
                            "<li>“You are safe here with me.”</li>"
                            "<li>“It makes sense that you feel this way.”</li>"
                            "<li>“Take your time.”</li>"
                            "<li>“You are not alone.”</li>"
                            "</ul>"
                            "<h3>Things to avoid</h3>"
                            "<ul>"
                            "<li>“I know exactly how you feel.” Each person's experience is her "
                            "own.</li>"
                            "<li>“Stop crying,” or “Just forget about it.”</li>"
                            "<li>“It could have been worse.”</li>"
                            "<li>“Why did you ...?” This can sound like blame.</li>"
                            "<li>Promises you cannot keep.</li>"
                            "</ul>"
                            "<p>If she becomes very upset, help her body settle. Breathe slowly "
                            "together. Ask her to feel her feet on the floor.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Silence is fine",
                                "text": (
                                    "You do not need to fill every silence. Sitting quietly "
                                    "together can be a big comfort."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-link-connect-to-help",
                    "title": "Link: connect her to help",
                    "estimated_minutes": 13,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson is about connecting a friend to help. It "
                                    "includes what to do if someone talks about ending her "
                                    "life. It uses calm, general words."
                                ),
                                "summary": (
                                    "Link means helping her reach help she chooses: people she "
                                    "trusts, her mentor, or a service. If someone talks about "
                                    "ending her life, stay with her, do not keep it secret, and "
                                    "get help now: 112 if she is in danger, or Tele-MANAS "
                                    "14416."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Link means helping your friend connect with help. You are one "
                            "part of her support, not all of it.</p>"
                            "<h3>Ask what she wants</h3>"
                            "<p>Ask, “Who would you like to call?” Let her choose when she can. "
                            "It is her life and her choice.</p>"
                            "<h3>Useful links</h3>"
                            "<ul>"
                            "<li>People she trusts: family, friends, the collective.</li>"
                            "<li>Her mentor.</li>"
                            "<li>Tele-MANAS 14416, for emotional support at any hour.</li>"
                            "<li>Women helpline 181.</li>"
                            "<li>The One Stop Centre, for women facing violence.</li>"
                            "<li>The DLSA, for free legal help.</li>"
                            "<li>Childline 1098, if a child needs help.</li>"
                            "<li>Emergency 112, if anyone is in danger.</li>"
                            "</ul>"
                            "<h3>If she talks about ending her life</h3>"
                            "<p>Take it seriously, every time. Stay calm.</p>"
                            "<ul>"
                            "<li>Do not leave her alone.</li>"
                            "<li>Ask gently and directly: “Are you thinking of ending your "
                            "life?” Asking does not put the idea in her head. It shows you "
                            "care.</li>"
                            "<li>If it is safe, move anything dangerous away.</li>"
                            "<li>If she is in danger now, call 112.</li>"
                            "<li>Call Tele-MANAS 14416 together.</li>"
                            "<li>Tell your mentor. This is not a secret to keep, even if she "
                            "asks you to.</li>"
                            "</ul>"
                            "<h3>After you help</h3>"
                            "<p>Check on her the next day. Then look after yourself. Talk to "
                            "your mentor. Rest. Helping can be tiring, and that is normal.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "You are not alone either",
                                "text": (
                                    "You do not have to handle a crisis by yourself. Call for "
                                    "help early. Your mentor is there for you too."
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
                        "prompt": "What are the three steps for supporting a peer in distress?",
                        "kind": "single",
                        "explanation": (
                            "Look (safety, signs, needs), Listen (calm, no pushing), Link "
                            "(connect to help she chooses)."
                        ),
                        "options": [
                            {
                                "text": "Look, Listen, Link",
                                "correct": True,
                                "feedback": "Yes - three simple steps anyone can use.",
                            },
                            {
                                "text": "Ask, Judge, Advise",
                                "correct": False,
                                "feedback": (
                                    "Not yet - support does not judge. The steps are Look, "
                                    "Listen, Link."
                                ),
                            },
                            {
                                "text": "Wait, Hope, Forget",
                                "correct": False,
                                "feedback": (
                                    "Not yet - you can act. The steps are Look, Listen, Link."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are signs of distress? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Crying or shaking, staring and not answering, and talk of not "
                            "wanting to live are all signs to notice."
                        ),
                        "options": [
                            {
                                "text": "Crying a lot, or shaking",
                                "correct": True,
                                "feedback": "Yes - offer calm and a quiet place.",
                            },
                            {
                                "text": "Staring and not answering",
                                "correct": True,
                                "feedback": "Yes - sit nearby and speak gently.",
                            },
                            {
                                "text": "Talking about not wanting to live",
                                "correct": True,
                                "feedback": "Yes - take it seriously and get help now.",
                            },
                            {
                                "text": "Laughing with friends over lunch",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this usually shows someone is at ease. Look at "
                                    "the other choices."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "A friend is very upset. Which is the most helpful thing to say?",
                        "kind": "single",
                        "explanation": (
                            "Calm, simple words help. Never push for details of what happened."
                        ),
                        "options": [
                            {
                                "text": "“Take your time. I am here.”",
                                "correct": True,
                                "feedback": "Yes - it is calm, kind and puts no pressure on her.",
                            },
                            {
                                "text": "“Tell me exactly what happened to you.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - pushing for details can make things worse. Let "
                                    "her lead."
                                ),
                            },
                            {
                                "text": "“Stop crying. It could have been worse.”",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this can make her feel unheard. Try “It makes "
                                    "sense that you feel this way.”"
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A friend says she wants to end her life. What do you do? Choose all "
                            "that fit."
                        ),
                        "kind": "multiple",
                        "explanation": (
                            "Stay with her, get help now (112 if she is in danger, Tele-MANAS "
                            "14416), and tell your mentor. This is never a secret to keep."
                        ),
                        "options": [
                            {
                                "text": "Stay with her",
                                "correct": True,
                                "feedback": "Yes - do not leave her alone.",
                            },
                            {
                                "text": "Call 112 if she is in danger now, or Tele-MANAS 14416",
                                "correct": True,
                                "feedback": "Yes - get help right away.",
                            },
                            {
                                "text": "Tell your mentor",
                                "correct": True,
                                "feedback": "Yes - you do not handle this alone.",
                            },
                            {
                                "text": "Keep it secret, because she asked you to",
                                "correct": False,
                                "feedback": (
                                    "Not yet - her life matters more than the secret. Tell your "
                                    "mentor and get help."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What does Link mean?",
                        "kind": "single",
                        "explanation": (
                            "Link means helping her connect with help she chooses. You are one "
                            "part of her support, not all of it."
                        ),
                        "options": [
                            {
                                "text": "Helping her connect with help she chooses",
                                "correct": True,
                                "feedback": "Yes - her choice comes first where it can.",
                            },
                            {
                                "text": "Solving all her problems yourself",
                                "correct": False,
                                "feedback": (
                                    "Not yet - no one can do everything alone. Help her reach "
                                    "other support."
                                ),
                            },
                            {
                                "text": "Telling everyone in the collective what happened",
                                "correct": False,
                                "feedback": (
                                    "Not yet - keep her private matters private. Share only "
                                    "with help she agrees to, or with your mentor when her "
                                    "life is at risk."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 5
        {
            "slug": "s2-money-basics-and-debt-traps",
            "title": "Money basics and debt traps",
            "estimated_minutes": 45,
            "objectives": [
                "Make a simple monthly budget of money in and money out",
                "Name two safe places to save money",
                "Spot four warning signs of debt bondage",
                "Say where to get help if someone is trapped by a debt",
            ],
            "lessons": [
                {
                    "slug": "s2-money-in-money-out",
                    "title": "Money in, money out: a simple budget",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>A budget is a simple plan for your money. It shows money coming "
                            "in and money going out. It helps you worry less and choose "
                            "more.</p>"
                            "<h3>Step 1: Money in</h3>"
                            "<p>List all the money that comes in each month. Wages, sales, a "
                            "pension, help from family, payments from schemes.</p>"
                            "<h3>Step 2: Money out</h3>"
                            "<p>List what you spend each month. Split it in two:</p>"
                            "<ul>"
                            "<li><strong>Needs:</strong> rent, food, fuel, school fees, "
                            "medicine, travel to work, loan payments.</li>"
                            "<li><strong>Wants:</strong> new clothes, snacks, extra phone data, "
                            "gifts.</li>"
                            "</ul>"
                            "<h3>Step 3: Compare</h3>"
                            "<p>Take money out away from money in. If some is left, you can "
                            "save. If there is a gap, cut back on wants first.</p>"
                            "<h3>An example</h3>"
                            "<p>Lakshmi earns Rs 9,000 a month from tailoring. Her needs cost Rs "
                            "7,000. Her wants cost about Rs 1,500. That leaves Rs 500. She saves "
                            "Rs 500 every month. In one year, that is Rs 6,000.</p>"
                            "<h3>Keep track without much writing</h3>"
                            "<ul>"
                            "<li>Use separate tins or envelopes for rent, food, school and "
                            "savings.</li>"
                            "<li>Record a voice note each evening: “Today I spent 60 rupees on "
                            "vegetables.”</li>"
                            "<li>Use beads or small stones: one for every 100 rupees spent.</li>"
                            "</ul>"
                            "<p>Plan for big costs that come once a year, like festivals or "
                            "school admission. Put a little aside each month for them.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "try",
                                "title": "Your first budget",
                                "text": (
                                    "Tonight, think of all the money that came in this month. "
                                    "Then think of your three biggest costs. That is the start "
                                    "of your budget."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-saving-safely",
                    "title": "Saving safely",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Savings are a cushion. They help when someone is sick, when work "
                            "stops, or when a chance comes up. Even small savings add up.</p>"
                            "<h3>Safe places to save</h3>"
                            "<ul>"
                            "<li><strong>A bank or post office account in your own name.</strong> "
                            "Money is safer there than at home. A basic savings account can be "
                            "opened with no minimum balance.</li>"
                            "<li><strong>Your self-help group.</strong> Members save a small "
                            "amount regularly and can borrow small loans from the group. Make "
                            "sure the records are clear and shown to all.</li>"
                            "<li><strong>A recurring deposit</strong> at a bank or post office. "
                            "You put in a fixed amount each month, and it grows.</li>"
                            "</ul>"
                            "<h3>Risky places</h3>"
                            "<ul>"
                            "<li>Cash hidden at home. It can be stolen, or spent.</li>"
                            "<li>Anyone who promises to double your money. This is almost always "
                            "a cheat.</li>"
                            "<li>Schemes that are not registered. Some disappear with people's "
                            "money.</li>"
                            "</ul>"
                            "<h3>Keep control</h3>"
                            "<ul>"
                            "<li>Keep your own passbook, ATM card and ID.</li>"
                            "<li>Never tell anyone your PIN. Not family, not friends, not bank "
                            "staff.</li>"
                            "<li>Make sure the account is in your name, and that you decide how "
                            "it is used.</li>"
                            "</ul>"
                            "<p>Rekha started by saving Rs 20 a day in a tin. Each Sunday, she "
                            "put it in her post office account. After a year, she had enough for "
                            "a second-hand sewing machine.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "Save first",
                                "text": (
                                    "When money comes in, put a little into savings first, "
                                    "before you spend. Even ten rupees counts."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-warning-signs-of-debt-bondage",
                    "title": "Warning signs of debt bondage",
                    "estimated_minutes": 13,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "content_note",
                            {
                                "note": (
                                    "This lesson explains debt bondage, a form of exploitation, "
                                    "in general words. It does not describe anyone's "
                                    "experience."
                                ),
                                "summary": (
                                    "Debt bondage is when a loan is used to trap a person into "
                                    "work. Warning signs: you cannot leave until the debt is "
                                    "paid, the debt keeps growing, someone keeps your papers or "
                                    "wages. Bonded labour is banned in India. Get help from your "
                                    "mentor or the DLSA, or call 112 if someone is in danger."
                                ),
                            },
                        ),
                        (
                            "text",
                            "<p>Debt bondage is when a loan or an advance is used to trap "
                            "someone into work. The person, or her family, is told to work until "
                            "the debt is paid. But the debt never seems to end.</p>"
                            "<p>It often starts with a kind-looking offer. An advance before a "
                            "job at a brick kiln, a factory or a city home. Money for a wedding "
                            "or a hospital bill. Then the trap closes.</p>"
                            "<h3>Warning signs</h3>"
                            "<ul>"
                            "<li>You are told you cannot leave until the debt is paid.</li>"
                            "<li>The debt keeps growing, even though you work hard.</li>"
                            "<li>Only the employer keeps the accounts. You cannot see them.</li>"
                            "<li>Wages are held back, or paid to someone else.</li>"
                            "<li>Someone else keeps your ID card, bank card or phone.</li>"
                            "<li>Your family is told to take on the debt.</li>"
                            "<li>There are threats if you try to leave or complain.</li>"
                            "</ul>"
                            "<h3>What the law says</h3>"
                            "<p>Bonded labour is banned in India. A debt cannot be used to force "
                            "anyone to work. Under the law, a bonded debt does not have to be "
                            "repaid. People freed from bonded labour can get support from the "
                            "district administration to rebuild their lives.</p>"
                            "<h3>Protect yourself</h3>"
                            "<ul>"
                            "<li>Before taking an advance, ask: Can I leave when I want? What is "
                            "the interest? Is it in writing?</li>"
                            "<li>Keep your own ID and bank card.</li>"
                            "<li>Borrow from your self-help group or a bank, not from an "
                            "employer or agent.</li>"
                            "</ul>"
                            "<p>If you, or someone you know, is trapped by a debt, talk to your "
                            "mentor. The DLSA gives free legal help. If someone is in danger, "
                            "call 112.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "Which are warning signs of debt bondage? Choose all "
                                            "that fit."
                                        ),
                                        "kind": "multiple",
                                        "explanation": (
                                            "Not being allowed to leave, a debt that keeps "
                                            "growing, and someone else keeping your ID are all "
                                            "warning signs."
                                        ),
                                        "options": [
                                            {
                                                "text": "You cannot leave until the debt is paid",
                                                "correct": True,
                                                "feedback": "Yes - this is a key warning sign.",
                                            },
                                            {
                                                "text": "The debt keeps growing, however hard you work",
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - a debt that never ends is a trap."
                                                ),
                                            },
                                            {
                                                "text": "The employer keeps your ID card",
                                                "correct": True,
                                                "feedback": "Yes - your papers should stay with you.",
                                            },
                                            {
                                                "text": "You save in a post office account in your own name",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this is a safe habit, not a "
                                                    "warning sign."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Salma earns Rs 8,000 a month. Her needs cost Rs "
                                            "6,500 and her wants Rs 1,000. How much is left to "
                                            "save?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "8,000 minus 6,500 minus 1,000 leaves Rs 500."
                                        ),
                                        "options": [
                                            {
                                                "text": "Rs 500",
                                                "correct": True,
                                                "feedback": "Yes - Rs 500 a month is Rs 6,000 a year.",
                                            },
                                            {
                                                "text": "Rs 1,500",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - take away both needs and wants: "
                                                    "8,000 minus 6,500 minus 1,000."
                                                ),
                                            },
                                            {
                                                "text": "Nothing",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - there is some left. Take away "
                                                    "needs and wants from 8,000."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Where is the safest place to keep savings?",
                                        "kind": "single",
                                        "explanation": (
                                            "An account in your own name, at a bank or post "
                                            "office, is safest."
                                        ),
                                        "options": [
                                            {
                                                "text": "A bank or post office account in your own name",
                                                "correct": True,
                                                "feedback": "Yes - safe, and under your control.",
                                            },
                                            {
                                                "text": "With someone who promises to double it",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - promises to double money are "
                                                    "almost always a cheat."
                                                ),
                                            },
                                            {
                                                "text": "Hidden under the mattress",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - cash at home can be stolen or "
                                                    "spent. An account is safer."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "An agent offers Anjali's brother a big advance for "
                                            "kiln work. He is told he cannot leave until it is "
                                            "paid back. What is best?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "Not being allowed to leave is a warning sign of "
                                            "debt bondage. Get advice first."
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "See it as a warning sign, and talk to the "
                                                    "mentor or the DLSA first"
                                                ),
                                                "correct": True,
                                                "feedback": (
                                                    "Yes - free advice before agreeing can "
                                                    "prevent a trap."
                                                ),
                                            },
                                            {
                                                "text": "Take it quickly before the offer goes",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - pressure to decide fast is "
                                                    "another warning sign. Get advice first."
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
                        "prompt": "What is a budget?",
                        "kind": "single",
                        "explanation": (
                            "A budget is a simple plan of money coming in and money going out."
                        ),
                        "options": [
                            {
                                "text": "A plan of money coming in and money going out",
                                "correct": True,
                                "feedback": "Yes - it helps you choose how to use your money.",
                            },
                            {
                                "text": "A loan from the bank",
                                "correct": False,
                                "feedback": ("Not yet - a budget is a plan, not a loan."),
                            },
                            {
                                "text": "Something only rich people need",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a budget helps everyone, especially when money "
                                    "is tight."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which of these is a need, not a want?",
                        "kind": "single",
                        "explanation": (
                            "Needs are things you must pay for to live and work, like rent, food "
                            "and medicine."
                        ),
                        "options": [
                            {
                                "text": "Rent",
                                "correct": True,
                                "feedback": "Yes - rent is a need.",
                            },
                            {
                                "text": "Snacks",
                                "correct": False,
                                "feedback": (
                                    "Not yet - snacks are nice, but they are a want. Food for "
                                    "meals is a need."
                                ),
                            },
                            {
                                "text": "Extra phone data for videos",
                                "correct": False,
                                "feedback": (
                                    "Not yet - extra data is a want. Cut wants first when money "
                                    "is short."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are safe ways to save? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "An account in your own name, a self-help group with clear records, "
                            "and a recurring deposit are safe ways to save."
                        ),
                        "options": [
                            {
                                "text": "A bank or post office account in your own name",
                                "correct": True,
                                "feedback": "Yes - safe, and yours to control.",
                            },
                            {
                                "text": "A self-help group with clear records",
                                "correct": True,
                                "feedback": "Yes - open records keep group savings safe.",
                            },
                            {
                                "text": "A recurring deposit",
                                "correct": True,
                                "feedback": "Yes - a fixed amount each month that grows.",
                            },
                            {
                                "text": "A scheme that promises to double your money",
                                "correct": False,
                                "feedback": ("Not yet - this is almost always a cheat. Keep away."),
                            },
                        ],
                    },
                    {
                        "prompt": "Which are warning signs of debt bondage? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "A growing debt, wages held back and threats if you leave are "
                            "warning signs."
                        ),
                        "options": [
                            {
                                "text": "The debt keeps growing",
                                "correct": True,
                                "feedback": "Yes - a debt that never ends is a trap.",
                            },
                            {
                                "text": "Wages are held back",
                                "correct": True,
                                "feedback": "Yes - you have a right to your wages.",
                            },
                            {
                                "text": "Threats if you try to leave",
                                "correct": True,
                                "feedback": "Yes - get help. Call 112 if you are in danger.",
                            },
                            {
                                "text": "You get a receipt for every payment you make",
                                "correct": False,
                                "feedback": (
                                    "Not yet - receipts are a good sign. They show clear records."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "Under Indian law, must a person keep working to pay off a bonded debt?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Bonded labour is banned. Under the law, a bonded debt does not have "
                            "to be repaid."
                        ),
                        "options": [
                            {
                                "text": "No. Bonded labour is banned",
                                "correct": True,
                                "feedback": (
                                    "Yes - and people freed from it can get support to rebuild."
                                ),
                            },
                            {
                                "text": "Yes, until every rupee is paid",
                                "correct": False,
                                "feedback": (
                                    "Not yet - the law says a bonded debt does not have to be "
                                    "repaid. Free legal help is at the DLSA."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 6
        {
            "slug": "s2-digital-money-safety",
            "title": "Digital money safety",
            "estimated_minutes": 45,
            "objectives": [
                "Say that a UPI PIN is only for paying, never for receiving",
                "Spot three common phone fraud tricks",
                "Name three things you never share: UPI PIN, OTP, ATM PIN",
                "Report fraud fast by calling the cyber-crime helpline 1930",
            ],
            "lessons": [
                {
                    "slug": "s2-upi-paying-and-receiving",
                    "title": "UPI: paying and receiving safely",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>UPI lets you send and receive money with your phone. Many apps "
                            "use it. It is quick and useful. It is also safe when you follow a "
                            "few rules.</p>"
                            "<h3>The golden rule</h3>"
                            "<p>Your <strong>UPI PIN</strong> is only for "
                            "<strong>paying</strong>. You never need it to "
                            "<strong>receive</strong> money.</p>"
                            "<p>When someone sends you money, it just arrives. You do nothing. "
                            "If anyone asks you to enter your PIN “to receive money”, it is a "
                            "trick. Stop.</p>"
                            "<h3>Keep these secret</h3>"
                            "<ul>"
                            "<li><strong>UPI PIN:</strong> your secret number for paying. Never "
                            "share it. Not with family, friends, bank staff or police.</li>"
                            "<li><strong>OTP:</strong> the one-time code that comes by SMS. "
                            "Never share it with anyone. A real bank never asks for it.</li>"
                            "<li>Your ATM PIN and your passwords.</li>"
                            "</ul>"
                            "<h3>Paying safely</h3>"
                            "<ul>"
                            "<li>Check the name on the screen before you enter your PIN. Is it "
                            "the right shop or person?</li>"
                            "<li>Check the amount. Is it what you agreed?</li>"
                            "<li>Scanning a QR code is for paying. You never scan a code to "
                            "receive money.</li>"
                            "<li>Read the message you get after each payment.</li>"
                            "</ul>"
                            "<p>Salma sells pickles. A buyer called and said, “I am sending Rs "
                            "2,000. Enter your PIN to accept it.” Salma remembered the rule. She "
                            "said, “No. The PIN is only for paying.” She blocked the number. Her "
                            "money stayed safe.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "remember",
                                "title": "PIN is for paying",
                                "text": (
                                    "Say it out loud: my PIN is for paying, never for receiving."
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "s2-common-fraud-tricks",
                    "title": "Spot the trick",
                    "estimated_minutes": 13,
                    "completion_rule": "quiz",
                    "body": [
                        (
                            "text",
                            "<p>Fraudsters are clever. They sound friendly, or official, or in a "
                            "hurry. They want you to act fast, before you think. Here are common "
                            "tricks.</p>"
                            "<h3>Common tricks</h3>"
                            "<ul>"
                            "<li><strong>The request that looks like money coming in.</strong> A "
                            "request pops up in your app. It looks like you will receive money. "
                            "But if you enter your PIN, money leaves your account.</li>"
                            "<li><strong>The fake bank call.</strong> “Your account will be "
                            "blocked. Tell me the OTP to fix it.” A real bank never asks for "
                            "your OTP or PIN.</li>"
                            "<li><strong>The “sent by mistake” message.</strong> “I sent you "
                            "money by mistake. Please send it back.” Check your balance first. "
                            "Often, no money came.</li>"
                            "<li><strong>The screen-sharing app.</strong> A caller asks you to "
                            "install an app so he can “help”. The app lets him see your screen "
                            "and your codes. Never install an app because a caller asks.</li>"
                            "<li><strong>Fake prizes and jobs.</strong> “You won a lottery!” or "
                            "“Work from home, pay a fee first.” If you must pay to get a prize "
                            "or a job, it is a cheat.</li>"
                            "<li><strong>Fake helpline numbers.</strong> Numbers found online can "
                            "belong to fraudsters. Use the number on your passbook or card.</li>"
                            "</ul>"
                            "<h3>Three questions to stop a trick</h3>"
                            "<ol>"
                            "<li>Am I being rushed?</li>"
                            "<li>Am I being asked for a PIN, OTP or password?</li>"
                            "<li>Is this too good to be true?</li>"
                            "</ol>"
                            "<p>If the answer to any of these is yes, stop. Hang up. Talk to "
                            "someone you trust.</p>",
                        ),
                        (
                            "quiz",
                            {
                                "pass_mark": 80,
                                "questions": [
                                    {
                                        "prompt": (
                                            "A caller says he is from your bank. He asks for the "
                                            "OTP to stop your account being blocked. What do you "
                                            "do?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "A real bank never asks for your OTP or PIN. Hang "
                                            "up, and call the number on your passbook if you are "
                                            "worried."
                                        ),
                                        "options": [
                                            {
                                                "text": "Hang up. A real bank never asks for the OTP",
                                                "correct": True,
                                                "feedback": "Yes - you kept your money safe.",
                                            },
                                            {
                                                "text": "Give him the OTP quickly",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - the OTP lets him take your money. "
                                                    "Never share it."
                                                ),
                                            },
                                            {
                                                "text": "Give him half the OTP to test him",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - share no part of it. Hang up."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": (
                                            "Your app shows: “Receive Rs 5,000. Enter PIN.” What "
                                            "is it?"
                                        ),
                                        "kind": "single",
                                        "explanation": (
                                            "You never need a PIN to receive money. Entering it "
                                            "would send money out."
                                        ),
                                        "options": [
                                            {
                                                "text": "A trick. The PIN is only for paying",
                                                "correct": True,
                                                "feedback": "Yes - decline it and block the sender.",
                                            },
                                            {
                                                "text": "A real payment coming to me",
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - real money arrives without a PIN. "
                                                    "This would take money out."
                                                ),
                                            },
                                        ],
                                    },
                                    {
                                        "prompt": "Which are warning signs of fraud? Choose all that fit.",
                                        "kind": "multiple",
                                        "explanation": (
                                            "Being rushed, being asked for a PIN or OTP, and "
                                            "being asked to install an app are warning signs."
                                        ),
                                        "options": [
                                            {
                                                "text": "You are rushed to act fast",
                                                "correct": True,
                                                "feedback": "Yes - slow down and check.",
                                            },
                                            {
                                                "text": "You are asked for a PIN or OTP",
                                                "correct": True,
                                                "feedback": "Yes - never share them.",
                                            },
                                            {
                                                "text": "A caller asks you to install an app",
                                                "correct": True,
                                                "feedback": "Yes - it may let him see your screen.",
                                            },
                                            {
                                                "text": (
                                                    "A friend pays back money you lent, and it "
                                                    "simply arrives"
                                                ),
                                                "correct": False,
                                                "feedback": (
                                                    "Not yet - this is normal. Money coming in "
                                                    "needs nothing from you."
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
                    "slug": "s2-if-you-are-cheated-act-fast",
                    "title": "If you are cheated: act fast",
                    "estimated_minutes": 12,
                    "completion_rule": "viewed",
                    "body": [
                        (
                            "text",
                            "<p>Anyone can be cheated. Fraudsters fool teachers, officers and "
                            "bank staff too. If it happens to you, do not feel ashamed. Act "
                            "fast. Speed matters.</p>"
                            "<h3>Step 1: Call 1930 at once</h3>"
                            "<p>1930 is the national cyber-crime helpline. Call as soon as you "
                            "can, best within a few hours. The sooner you call, the better the "
                            "chance of stopping the money. You can also report online at "
                            "cybercrime.gov.in.</p>"
                            "<h3>Step 2: Tell your bank</h3>"
                            "<p>Call your bank on the number printed on your passbook or card. "
                            "Ask them to block your card or UPI if needed.</p>"
                            "<h3>Step 3: Keep proof</h3>"
                            "<ul>"
                            "<li>Take screenshots of the messages and the payment.</li>"
                            "<li>Note the fraudster's phone number.</li>"
                            "<li>Note the date, time and amount.</li>"
                            "<li>Keep the transaction reference number from your app or "
                            "message.</li>"
                            "</ul>"
                            "<h3>Step 4: Change your PIN</h3>"
                            "<p>If you shared a PIN or password, change it now.</p>"
                            "<h3>Step 5: Get support</h3>"
                            "<p>Tell your mentor or a trusted friend. You can also file a "
                            "complaint at the police station, and ask the DLSA for free legal "
                            "help.</p>"
                            "<h3>Help your collective</h3>"
                            "<p>Share what you learned. Many collectives repeat “PIN is for "
                            "paying” at every meeting. Lakshmi's group even made it into a "
                            "song.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Save the number now",
                                "text": (
                                    "Save 1930 in your phone now, under a name like “Cyber "
                                    "Help”. Help others in your collective do the same."
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
                        "prompt": "When do you need your UPI PIN?",
                        "kind": "single",
                        "explanation": (
                            "The UPI PIN is only for paying. Receiving money never needs it."
                        ),
                        "options": [
                            {
                                "text": "Only when you pay",
                                "correct": True,
                                "feedback": "Yes - PIN is for paying.",
                            },
                            {
                                "text": "When you receive money",
                                "correct": False,
                                "feedback": (
                                    "Not yet - money coming in needs no PIN. Anyone who says it "
                                    "does is trying to trick you."
                                ),
                            },
                            {
                                "text": "Whenever a caller asks for it",
                                "correct": False,
                                "feedback": (
                                    "Not yet - never tell your PIN to anyone, for any reason."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "Which must you never share? Choose all that fit.",
                        "kind": "multiple",
                        "explanation": (
                            "Keep your UPI PIN, OTP and ATM PIN secret. Your UPI ID is like an "
                            "address for money to arrive, so it can be shared."
                        ),
                        "options": [
                            {
                                "text": "Your UPI PIN",
                                "correct": True,
                                "feedback": "Yes - it is for paying, and only you should know it.",
                            },
                            {
                                "text": "An OTP sent by SMS",
                                "correct": True,
                                "feedback": "Yes - a real bank never asks for it.",
                            },
                            {
                                "text": "Your ATM PIN",
                                "correct": True,
                                "feedback": "Yes - not even family should know it.",
                            },
                            {
                                "text": "Your UPI ID, so a buyer can pay you",
                                "correct": False,
                                "feedback": (
                                    "Not yet - this one is fine to share. A UPI ID is like an "
                                    "address for money to arrive. The PIN is what stays secret."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "What is the cyber-crime helpline number?",
                        "kind": "single",
                        "explanation": (
                            "1930 is the national cyber-crime helpline. 181 is the women "
                            "helpline, and 1098 is Childline."
                        ),
                        "options": [
                            {
                                "text": "1930",
                                "correct": True,
                                "feedback": "Yes - save it in your phone.",
                            },
                            {
                                "text": "1098",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 1098 is Childline, for children who need help. "
                                    "Fraud goes to 1930."
                                ),
                            },
                            {
                                "text": "181",
                                "correct": False,
                                "feedback": (
                                    "Not yet - 181 is the women helpline. For fraud, call 1930."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": "You sent money to a fraudster. What should you do first?",
                        "kind": "single",
                        "explanation": (
                            "Call 1930 at once. The sooner you report, the better the chance of "
                            "stopping the money."
                        ),
                        "options": [
                            {
                                "text": "Call 1930 at once",
                                "correct": True,
                                "feedback": "Yes - speed matters most.",
                            },
                            {
                                "text": "Wait a week to see what happens",
                                "correct": False,
                                "feedback": (
                                    "Not yet - waiting makes it harder to stop the money. Call "
                                    "1930 now."
                                ),
                            },
                            {
                                "text": "Tell no one, because you feel ashamed",
                                "correct": False,
                                "feedback": (
                                    "Not yet - anyone can be cheated. It is not your shame. "
                                    "Call 1930 and tell someone you trust."
                                ),
                            },
                        ],
                    },
                    {
                        "prompt": (
                            "A caller asks you to install an app so he can “fix” your account. "
                            "What do you do?"
                        ),
                        "kind": "single",
                        "explanation": (
                            "Such apps can let a fraudster see your screen and your codes. Never "
                            "install an app because a caller asks."
                        ),
                        "options": [
                            {
                                "text": "Say no, and hang up",
                                "correct": True,
                                "feedback": "Yes - your phone and your money stay yours.",
                            },
                            {
                                "text": "Install it, because he sounds official",
                                "correct": False,
                                "feedback": (
                                    "Not yet - fraudsters often sound official. A real bank "
                                    "does not ask you to install apps on a call."
                                ),
                            },
                            {
                                "text": "Install it, but only for a few minutes",
                                "correct": False,
                                "feedback": (
                                    "Not yet - a few minutes is enough to empty an account. Say no."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
