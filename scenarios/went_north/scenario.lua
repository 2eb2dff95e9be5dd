-- A parents' association meeting in the village of Los Pinos, and a rumour that Andrés, 20, is a
-- trafficking victim because his family paid a coyote to take him north. It is not trafficking:
-- there was an act (the journey) but no means and no purpose of exploitation. Los Pinos, Andrés,
-- doña Rosa, doña Marta, Mynor and teacher Efraín are fictional; the institutions are real.
-- Written for community classes: plain, short sentences.

-- Texts shared by the versions of a choice that lead to different endings (the trainee sees one).
local explain_text = {
  es = "Hablar sin nombres: qué es trata, qué es viajar con coyote, y qué señales vigilar.",
  en = "Speak without names: what trafficking is, what travelling with a coyote is, and what signs to watch for.",
}
local explain_note = {
  es = "Bien. Se puede enseñar la diferencia sin hablar de nadie. Doña Rosa escucha tranquila: nadie la señala.",
  en = "Good. You can teach the difference without talking about anyone. Doña Rosa listens calmly: no one points at her.",
}
local example_text = {
  es = "Contar el caso de Andrés, para que todos vean que no era trata y se acabe el chisme.",
  en = "Tell Andrés's story, so everyone sees it was not trafficking and the gossip stops.",
}
local example_note = {
  es = "Aunque sea para defenderlo, contar su vida en la reunión lo expone. Andrés no dio permiso. Explique sin nombres.",
  en = "Even to defend him, telling his life at the meeting exposes him. Andrés gave no permission. Explain without names.",
}
local example_consequence = {
  es = "Esa noche, media aldea hablaba otra vez de Andrés. Él se enteró por un primo.",
  en = "That night, half the village was talking about Andrés again. He heard about it from a cousin.",
}
local close_text = {
  es = "Decir que ya se aclaró: aquí no hay trata, y pasar al siguiente punto.",
  en = "Say it has been cleared up: there is no trafficking here, and move on to the next item.",
}
local close_note = {
  es = "Que este caso no sea trata no quiere decir que en la aldea no pase. Aproveche para explicar las señales, sin nombres.",
  en = "This case not being trafficking does not mean it never happens in the village. Use the moment to explain the signs, without names.",
}
local close_consequence = {
  es = "La asociación dejó el tema. Nadie habló de ofertas engañosas ni de deudas por el viaje.",
  en = "The association dropped the subject. No one talked about deceptive offers or debts for the journey.",
}

-- When the story ends well: no label, no exposure, trust kept, and Andrés knows his rights and
-- what to watch for. When it ends badly: no one told him what to watch for, or he cut contact.
local good = "labelled == 0 and exposed == 0 and trust >= 6 and named == 1 and watch == 1 and rights == 1"
local bad = "watch == 0 or trust <= 2"
local not_bad = "watch == 1 and trust >= 3"

return scenario {
  title = { es = "Se fue al norte", en = "He went north" },
  summary = {
    es = "En la reunión de padres, unos vecinos dicen que Andrés, de 20 años, es víctima de trata. Su familia le pagó a un coyote para que se fuera al norte. ¿Es trata? Usted averigua qué pasó, sin chisme, y ayuda a la familia.",
    en = "At the parents' meeting, some neighbours say that Andrés, 20, is a trafficking victim. His family paid a coyote to take him north. Is it trafficking? You find out what happened, without gossip, and help the family.",
  },
  audience = "community",
  person = { age = "adult", gender = "male", nationality = "GT", exploitation = "none", trafficking = false },
  setting = { country = "GT", institution = "community" },
  minutes = 15,
  difficulty = 2,
  feedback = "immediate",
  objectives = {
    {
      es = "Distinguir la trata de un viaje con coyote y de un mal trabajo. Usar los tres elementos: acto, medio y fin.",
      en = "Tell trafficking apart from a journey with a coyote and from a bad job. Use the three elements: act, means and purpose.",
    },
    {
      es = "No llamarlo trata si faltan los elementos. No alimentar el chisme.",
      en = "Do not call it trafficking when the elements are missing. Do not feed the gossip.",
    },
    {
      es = "Ayudar igual: sus derechos de trabajador, el consulado, y qué señales vigilar.",
      en = "Help anyway: his rights as a worker, the consulate, and what signs to watch for.",
    },
    {
      es = "Respetar lo que piensa y decide Andrés. Es adulto.",
      en = "Respect what Andrés thinks and decides. He is an adult.",
    },
  },
  content_note = {
    es = "Esta historia trata de un joven que migró al norte con un coyote. Habla de trabajo duro, deudas y chismes en la comunidad. No hay escenas de violencia. Puede recordar experiencias de su familia. Puede hacer una pausa cuando quiera.",
    en = "This story is about a young man who went north with a coyote. It talks about hard work, debts and gossip in the community. There are no violent scenes. It may bring back experiences from your own family. You can pause whenever you want.",
  },
  start = "meeting",
  -- trust: how much doña Rosa and Andrés trust you; labelled: times it was called trafficking
  -- without the elements; exposed: times his story was spread; named: the elements were named
  -- right; watch: he knows what would turn it into trafficking; rights: he knows where to claim.
  vars = { trust = 2, labelled = 0, exposed = 0, named = 0, watch = 0, rights = 0 },

  scene "meeting" {
    text = {
      es = "Jueves, cinco de la tarde. La asociación de padres se reúne en la escuela de la aldea Los Pinos. Doña Marta pide la palabra. Está alarmada. “Andrés, el hijo de doña Rosa, tiene 20 años. Se fue al norte con un coyote. La familia le pagó, y hasta sacó un préstamo. Dicen que allá trabaja como burro. ¡Eso es trata! Hay que llamar a la policía.” Varios asienten. Doña Rosa está en la última fila. Baja la cabeza. Usted es de la directiva. Todas las miradas van hacia usted.",
      en = "Thursday, five in the afternoon. The parents' association meets at the school in the village of Los Pinos. Doña Marta asks to speak. She is alarmed. “Andrés, doña Rosa's son, is 20. He went north with a coyote. The family paid the coyote, and even took out a loan. They say he works like a mule up there. That is trafficking! We have to call the police.” Several people nod. Doña Rosa sits in the back row. She lowers her head. You are on the committee. Everyone looks at you.",
    },
    prompt = {
      es = "¿Por qué la gente quiere llamarlo trata? ¿Qué se pierde si se llama así sin saber?",
      en = "Why do people want to call it trafficking? What is lost if it is called that without knowing?",
    },
    detail "paid_a_coyote" {
      neutral = true,
      text = {
        es = "La familia le pagó a un coyote para que llevara a Andrés al norte.",
        en = "The family paid a coyote to take Andrés north.",
      },
      why = {
        es = "Pagar a un coyote es tráfico de migrantes. Andrés aceptó el viaje, y el tráfico termina al llegar. Para ser trata faltaría un medio, como un engaño o una amenaza. Y faltaría el fin: explotarlo.",
        en = "Paying a coyote is migrant smuggling. Andrés agreed to the journey, and smuggling ends on arrival. For trafficking, a means would be missing, such as deception or a threat. And so would the purpose: exploiting him.",
      },
    },
    detail "loan_for_the_trip" {
      neutral = true,
      text = {
        es = "Para el viaje, la familia sacó un préstamo en la cooperativa.",
        en = "For the journey, the family took out a loan from the credit union.",
      },
      why = {
        es = "La deuda es de la familia con la cooperativa. No es con el coyote ni con el patrón, y nadie la usa para obligar a Andrés. Una señal sería otra cosa: una deuda con quien le da trabajo, que crece y no se acaba.",
        en = "The debt is the family's, with the credit union. It is not owed to the coyote or the employer, and no one uses it to force Andrés. A sign would be something else: a debt to whoever gives him work, one that grows and never ends.",
      },
    },
    choice {
      id = "offer_to_visit_rosa",
      to = "at_rosas_house",
      practice = "refuse_gossip",
      effects = { trust = 1 },
      text = {
        es = "Pedir que no se hable de Andrés sin saber. Ofrecerse a visitar a doña Rosa.",
        en = "Ask people not to talk about Andrés without knowing. Offer to visit doña Rosa.",
      },
      note = {
        es = "Bien. Un rumor no es un caso. Primero hay que saber qué pasó. Y eso se habla en privado, con la familia.",
        en = "Good. A rumour is not a case. First you need to know what happened. And that is talked about in private, with the family.",
      },
    },
    choice {
      id = "back_the_call_to_police",
      to = "police_visit",
      harm = "label_without_the_elements",
      effects = { labelled = 1 },
      text = {
        es = "Apoyar a doña Marta: más vale llamar hoy a la PNC, por si acaso es trata.",
        en = "Back doña Marta: better to call the PNC today, just in case it is trafficking.",
      },
      note = {
        es = "Nadie sabe todavía qué pasó. Llamarlo trata sin los elementos asusta a la familia. Y no ayuda a Andrés. Primero, escuchar a la familia.",
        en = "No one knows yet what happened. Calling it trafficking without the elements frightens the family. And it does not help Andrés. First, listen to the family.",
      },
      consequence = {
        es = "Al día siguiente llegó la PNC a la casa de doña Rosa. Toda la aldea lo vio.",
        en = "The next day the PNC came to doña Rosa's house. The whole village saw it.",
      },
    },
    choice {
      id = "ask_who_knows_more",
      to = "at_rosas_house",
      harm = "gossip_about_her",
      effects = { exposed = 1, trust = -1 },
      text = {
        es = "Pedir que quien sepa algo de Andrés lo cuente aquí mismo, para aclarar las cosas.",
        en = "Ask anyone who knows something about Andrés to share it right here, to clear things up.",
      },
      note = {
        es = "Contarlo en la reunión alimenta el chisme. Doña Rosa estaba ahí, escuchando. Hable con la familia en privado.",
        en = "Sharing it at the meeting feeds the gossip. Doña Rosa was there, listening. Talk with the family in private.",
      },
      consequence = {
        es = "Cada quien contó lo que había oído. Doña Rosa se fue antes de que terminara la reunión.",
        en = "Everyone told what they had heard. Doña Rosa left before the meeting ended.",
      },
    },
  },

  scene "police_visit" {
    text = {
      es = "Al día siguiente, un agente de la PNC llega a la casa de doña Rosa. Doña Marta viene con él. Los vecinos miran desde la calle. Doña Rosa tiembla. El agente pregunta: “¿Dónde está la víctima?” Usted apoyó la llamada. Ahora el agente le pregunta a usted qué sabe.",
      en = "The next day, a PNC officer comes to doña Rosa's house. Doña Marta is with him. The neighbours watch from the street. Doña Rosa is shaking. The officer asks: “Where is the victim?” You backed the call. Now the officer asks you what you know.",
    },
    detail "officer_at_the_door" {
      neutral = true,
      text = {
        es = "Hay un agente de la PNC en la puerta de la familia.",
        en = "There is a PNC officer at the family's door.",
      },
      why = {
        es = "Que llegue la policía no prueba nada. Llegó por una llamada, no por hechos. Lo que cuenta son el acto, el medio y el fin.",
        en = "The police arriving proves nothing. They came because of a call, not because of facts. What counts is the act, the means and the purpose.",
      },
    },
    choice {
      id = "tell_him_what_is_known",
      to = "at_rosas_house",
      practice = "identify_the_elements",
      text = {
        es = "Decirle que solo se sabe de un viaje con coyote. De engaños, amenazas o explotación, nada.",
        en = "Tell him all anyone knows is a journey with a coyote. Of deception, threats or exploitation, nothing.",
      },
      note = {
        es = "Bien, aunque tarde. El viaje es el acto, nada más. Sin un medio y sin explotación, no es trata. Pídale perdón a doña Rosa.",
        en = "Good, if late. The journey is the act, nothing more. Without a means and without exploitation, it is not trafficking. Apologise to doña Rosa.",
      },
    },
    choice {
      id = "give_the_coyotes_name",
      to = "at_rosas_house",
      harm = "label_without_the_elements",
      effects = { labelled = 1, trust = -1 },
      text = {
        es = "Darle al agente el nombre del coyote, para que lo investiguen por trata de personas.",
        en = "Give the officer the coyote's name, so he is investigated for human trafficking.",
      },
      note = {
        es = "El coyote cobró por un viaje que Andrés quiso hacer. Eso es tráfico de migrantes, no trata. Llamarlo trata no cambia lo que pasó. Y pone a la familia en medio.",
        en = "The coyote charged for a journey Andrés wanted to make. That is migrant smuggling, not trafficking. Calling it trafficking does not change what happened. And it puts the family in the middle.",
      },
      consequence = {
        es = "El coyote supo que su nombre salió de la casa de doña Rosa. Desde entonces, la familia tiene miedo.",
        en = "The coyote learned that his name came from doña Rosa's house. Since then, the family has been afraid.",
      },
    },
    choice {
      id = "give_him_andres_number",
      to = "at_rosas_house",
      harm = "label_without_the_elements",
      effects = { labelled = 1, trust = -1 },
      text = {
        es = "Darle al agente el número de Andrés, para que la policía lo llame y lo rescate.",
        en = "Give the officer Andrés's number, so the police can call him and rescue him.",
      },
      note = {
        es = "Andrés es adulto y no ha pedido ayuda. Nada dice que lo obliguen. Una llamada de la policía lo asusta y no lo protege.",
        en = "Andrés is an adult and has not asked for help. Nothing says he is being forced. A call from the police frightens him and does not protect him.",
      },
      consequence = {
        es = "Andrés recibió una llamada de la policía de Guatemala. Se asustó y cambió de número. Solo su mamá tiene el nuevo.",
        en = "Andrés got a call from the Guatemalan police. He was scared and changed his number. Only his mother has the new one.",
      },
    },
  },

  scene "at_rosas_house" {
    text = {
      es = "Esa tarde, usted se sienta con doña Rosa en su casa. Ella le ofrece café. Tiene los ojos rojos. “En la aldea dicen que vendí a mi hijo.” Andrés no llamó el domingo pasado. Ella casi no ha dormido.",
      en = "That afternoon, you sit down with doña Rosa at her house. She offers you coffee. Her eyes are red. “In the village they say I sold my son.” Andrés did not call last Sunday. She has hardly slept.",
    },
    detail "rumour_he_was_sold" {
      neutral = true,
      text = {
        es = "En la aldea dicen que la familia “vendió” a Andrés.",
        en = "In the village they say the family “sold” Andrés.",
      },
      why = {
        es = "Nadie recibió dinero por Andrés. La familia pagó un viaje que él quería. Un medio de trata sería otro: pagarle a quien controla a una persona, para explotarla.",
        en = "No one was paid for Andrés. The family paid for a journey he wanted. A means of trafficking would be something else: paying whoever controls a person, in order to exploit them.",
      },
    },
    detail "missed_a_call" {
      neutral = true,
      text = {
        es = "Andrés no llamó el domingo pasado.",
        en = "Andrés did not call last Sunday.",
      },
      why = {
        es = "Un domingo sin llamar no dice nada. Quizá trabajó, o no tuvo saldo. Sería una señal si alguien le quitara el teléfono o escuchara sus llamadas.",
        en = "One Sunday without a call says nothing. Maybe he worked, or had no credit. It would be a sign if someone took his phone or listened to his calls.",
      },
    },
    choice {
      id = "say_it_is_not_selling",
      to = "what_rosa_knows",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Decirle que no vino a juzgarla. Buscar una vida mejor no es vender a nadie.",
        en = "Tell her you did not come to judge her. Looking for a better life is not selling anyone.",
      },
      note = {
        es = "Bien. Sin juicio, doña Rosa puede contar lo que sabe. Ella conoce a su hijo mejor que nadie.",
        en = "Good. Without judgement, doña Rosa can tell what she knows. She knows her son better than anyone.",
      },
    },
    choice {
      id = "ask_why_a_coyote",
      to = "what_rosa_knows",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Preguntarle, con cariño, por qué lo dejaron irse con un coyote, sabiendo los peligros.",
        en = "Ask her, kindly, why they let him go with a coyote, knowing the dangers.",
      },
      note = {
        es = "Esa pregunta la culpa, aunque se diga con cariño. Ella ya carga con el chisme. Pregunte qué sabe de Andrés, no por qué lo dejó ir.",
        en = "That question blames her, however kindly it is asked. She already carries the gossip. Ask what she knows about Andrés, not why she let him go.",
      },
      consequence = {
        es = "Doña Rosa se calló. Contó poco, y no habló de sus miedos.",
        en = "Doña Rosa went quiet. She told you little, and said nothing of her fears.",
      },
    },
    choice {
      id = "say_traffickers_took_him",
      to = "what_rosa_knows",
      harm = "label_without_the_elements",
      effects = { labelled = 1 },
      text = {
        es = "Decirle que no es su culpa: a su hijo se lo llevaron los tratantes, y hay que denunciarlos.",
        en = "Tell her it is not her fault: her son was taken by traffickers, and they must be reported.",
      },
      note = {
        es = "Quitarle la culpa está bien. Pero nadie ha mostrado que haya trata. No hay engaño, ni amenaza, ni explotación. Así le suma un miedo que no tenía.",
        en = "Taking the blame off her is right. But no one has shown there is trafficking. There is no deception, no threat, no exploitation. This adds a fear she did not have.",
      },
      consequence = {
        es = "Doña Rosa pasó la noche llorando. Ahora cree que su hijo está en manos de una red.",
        en = "Doña Rosa spent the night crying. Now she believes her son is in the hands of a network.",
      },
    },
  },

  scene "what_rosa_knows" {
    text = {
      es = "Doña Rosa cuenta. Andrés quiso irse. Quería terminar la casa y pagar los estudios de su hermana. Al coyote se le pagó todo antes de salir. Andrés llegó hace seis meses. Trabaja en una obra de construcción. Vive con su primo Mynor. Manda dinero cada quince días. Casi siempre llama los domingos. “Yo solo quiero saber que está bien.”",
      en = "Doña Rosa tells you. Andrés wanted to go. He wanted to finish the house and pay for his sister's schooling. The coyote was paid in full before they left. Andrés arrived six months ago. He works on a building site. He lives with his cousin Mynor. He sends money every two weeks. He almost always calls on Sundays. “I just want to know he is all right.”",
    },
    detail "long_days" {
      neutral = true,
      text = {
        es = "Trabaja de lunes a sábado, diez horas diarias.",
        en = "He works Monday to Saturday, ten hours a day.",
      },
      why = {
        es = "Es trabajo duro, y puede haber abuso laboral. Pero él descansa el domingo, decide quedarse y puede cambiar de trabajo. Nada lo obliga. Falta el medio, y no es trabajo forzoso.",
        en = "It is hard work, and there may be labour abuse. But he rests on Sundays, chooses to stay and can change jobs. Nothing forces him. The means is missing, and it is not forced labour.",
      },
    },
    detail "no_papers_there" {
      neutral = true,
      text = {
        es = "No tiene papeles para trabajar allá.",
        en = "He has no papers to work there.",
      },
      why = {
        es = "Estar sin papeles no es una señal de trata. Sería un medio si alguien lo amenazara con Migración para que siga trabajando.",
        en = "Having no papers is not a sign of trafficking. It would be a means if someone threatened him with immigration to keep him working.",
      },
    },
    detail "shared_room" {
      neutral = true,
      text = {
        es = "Vive en un cuarto con su primo y otros tres muchachos.",
        en = "He lives in one room with his cousin and three other young men.",
      },
      why = {
        es = "Compartir cuarto para ahorrar es común. Lo paga él, y se puede ir. Sería distinto si el patrón le diera el cuarto a cambio de una deuda, o lo vigilara.",
        en = "Sharing a room to save money is common. He pays for it, and he can leave. It would be different if the employer gave him the room against a debt, or watched him.",
      },
    },
    detail "sends_most_pay" {
      neutral = true,
      text = {
        es = "Manda casi todo lo que gana a la familia.",
        en = "He sends almost everything he earns to the family.",
      },
      why = {
        es = "Él decide mandar su dinero. Sería una señal si otro cobrara su sueldo o se lo quitara.",
        en = "He decides to send his money. It would be a sign if someone else collected his wages or took them from him.",
      },
    },
    choice {
      id = "ask_about_debts_papers_freedom",
      to = "sunday_call",
      practice = "distinguish_smuggling_trafficking",
      text = {
        es = "Preguntarle si Andrés debe algo allá, quién guarda sus papeles y si puede irse.",
        en = "Ask her whether Andrés owes anything there, who keeps his papers and whether he can leave.",
      },
      note = {
        es = "Bien. El tráfico de migrantes termina al llegar. La trata sigue después, con explotación. Por eso se pregunta por lo de ahora: deudas, papeles, libertad. Doña Rosa no sabe bien. “Pregúntele usted. El domingo llama.”",
        en = "Good. Smuggling ends on arrival. Trafficking goes on afterwards, with exploitation. That is why you ask about now: debts, papers, freedom. Doña Rosa is not sure. “Ask him yourself. He calls on Sunday.”",
      },
    },
    choice {
      id = "say_the_trip_is_over",
      to = "sunday_call",
      harm = "treat_as_smuggling_only",
      effects = { trust = -1 },
      text = {
        es = "Tranquilizarla: el viaje ya terminó, llegó bien, y no hay nada más que preguntar.",
        en = "Reassure her: the journey is over, he arrived safely, and there is nothing more to ask.",
      },
      note = {
        es = "Un viaje con coyote puede volverse trata al llegar. Por ejemplo: una deuda nueva, papeles quitados, amenazas. Pregunte cómo está ahora, no solo cómo llegó.",
        en = "A journey with a coyote can turn into trafficking on arrival. For example: a new debt, papers taken, threats. Ask how he is now, not only how he got there.",
      },
      consequence = {
        es = "Doña Rosa se quedó con sus dudas. Sintió que su miedo no importaba.",
        en = "Doña Rosa was left with her doubts. She felt her fear did not matter.",
      },
    },
    choice {
      id = "say_it_sounds_like_trafficking",
      to = "sunday_call",
      harm = "label_without_the_elements",
      effects = { labelled = 1 },
      text = {
        es = "Decirle que, por lo que cuenta, suena a trata: lo llevaron, trabaja mucho y gana poco.",
        en = "Tell her that from what she says it sounds like trafficking: he was taken, works hard and earns little.",
      },
      note = {
        es = "Trabajar mucho y ganar poco no basta. Falta el medio: nadie lo engañó ni lo obliga. Y falta el fin: puede irse y cobra su sueldo.",
        en = "Working hard and earning little is not enough. The means is missing: no one deceived or forces him. And the purpose is missing: he can leave and he is paid.",
      },
      consequence = {
        es = "Doña Rosa se asustó más. Esa noche le escribió a Andrés: “¿Te tienen encerrado?”",
        en = "Doña Rosa grew more frightened. That night she wrote to Andrés: “Are they keeping you locked up?”",
      },
    },
  },

  scene "sunday_call" {
    text = {
      es = "El domingo, doña Rosa le pide que se una a la videollamada. Andrés contesta desde un parque, con ropa de trabajo. Cuando usted aparece en la pantalla, frunce la frente. “¿Y usted? ¿Viene por lo que dicen en la aldea?”",
      en = "On Sunday, doña Rosa asks you to join the video call. Andrés answers from a park, in his work clothes. When you appear on the screen, he frowns. “And you? Are you here because of what they say in the village?”",
    },
    detail "tired_face" {
      neutral = true,
      text = {
        es = "En la pantalla se ve cansado y más flaco.",
        en = "On the screen he looks tired and thinner.",
      },
      why = {
        es = "El cansancio habla de un trabajo duro, no de trata. Importa si puede comer, descansar y decidir. Sería una señal si no lo dejaran comer ni descansar.",
        en = "Tiredness speaks of hard work, not trafficking. What matters is whether he can eat, rest and decide. It would be a sign if he were not allowed to eat or rest.",
      },
    },
    choice {
      id = "say_who_and_why",
      to = "his_view",
      practice = "informed_consent",
      effects = { trust = 1 },
      text = {
        es = "Decirle quién es y para qué vino. Que él decide qué contar, y usted no lo repetirá.",
        en = "Tell him who you are and why you came. He decides what to tell, and you won't repeat it.",
      },
      note = {
        es = "Bien. Andrés es adulto. Él decide si habla y qué cuenta. Saber para qué es la llamada le da confianza.",
        en = "Good. Andrés is an adult. He decides whether to talk and what to tell. Knowing what the call is for gives him confidence.",
      },
    },
    choice {
      id = "promise_to_clear_his_name",
      to = "hung_up",
      harm = "expose_identity",
      effects = { exposed = 1, trust = -1 },
      text = {
        es = "Decirle que sí, y que si le cuenta todo, usted lo aclara en la próxima reunión.",
        en = "Say yes, and that if he tells you everything, you will clear it up at the next meeting.",
      },
      note = {
        es = "Lo que cuente no es para la reunión. Contarlo allí lo expone ante toda la aldea. Dígale que él decide qué se cuenta y a quién.",
        en = "What he tells you is not for the meeting. Telling it there exposes him to the whole village. Tell him he decides what is told, and to whom.",
      },
      consequence = {
        es = "Andrés no quería ser el tema de ninguna reunión. Cortó la llamada.",
        en = "Andrés did not want to be the subject of any meeting. He hung up.",
      },
    },
    choice {
      id = "start_with_the_questions",
      to = "hung_up",
      harm = "no_explanation_of_confidentiality_limits",
      effects = { trust = -1 },
      text = {
        es = "Ir directo a lo importante: quién guarda sus papeles, si debe algo, si lo dejan salir.",
        en = "Go straight to what matters: who keeps his papers, whether he owes anything, whether he is let out.",
      },
      note = {
        es = "Son buenas preguntas. Pero primero él debe saber quién pregunta, y para qué. Si no, se siente interrogado.",
        en = "They are good questions. But first he must know who is asking, and why. Otherwise he feels interrogated.",
      },
      consequence = {
        es = "Andrés se sintió interrogado, como un sospechoso. Cortó la llamada.",
        en = "Andrés felt interrogated, like a suspect. He hung up.",
      },
    },
  },

  scene "hung_up" {
    text = {
      es = "Andrés cortó la llamada. Doña Rosa mira el celular en silencio. Lo vuelve a llamar. Sale apagado. “Ahora ni a mí me va a contestar.”",
      en = "Andrés has hung up. Doña Rosa looks at her phone in silence. She calls him again. It is switched off. “Now he won't even answer me.”",
    },
    detail "phone_switched_off" {
      neutral = true,
      text = {
        es = "El teléfono de Andrés sale apagado.",
        en = "Andrés's phone is switched off.",
      },
      why = {
        es = "Lo apagó él, porque está molesto. Eso no es control. Sería una señal si otro le quitara el teléfono o escuchara sus llamadas.",
        en = "He switched it off himself, because he is upset. That is not control. It would be a sign if someone else took his phone or listened to his calls.",
      },
    },
    choice {
      id = "send_an_apology",
      to = "his_view",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Mandarle un mensaje: pedirle perdón, y decirle que él decide si quiere hablar.",
        en = "Send him a message: apologise, and tell him it is up to him whether he talks.",
      },
      note = {
        es = "Bien. Respetar su decisión deja la puerta abierta. El domingo siguiente, Andrés vuelve a llamar.",
        en = "Good. Respecting his decision leaves the door open. The next Sunday, Andrés calls again.",
      },
    },
    choice {
      id = "ask_the_cousin_instead",
      to = "elements",
      harm = "gossip_about_her",
      effects = { exposed = 1 },
      text = {
        es = "Pedirle a doña Rosa el número del primo Mynor, y preguntarle a él por Andrés.",
        en = "Ask doña Rosa for cousin Mynor's number, and ask him about Andrés.",
      },
      note = {
        es = "Preguntar a sus espaldas es hablar de él sin permiso. Andrés es adulto. Pregúntele a él, cuando él quiera.",
        en = "Asking behind his back is talking about him without permission. Andrés is an adult. Ask him, when he is ready.",
      },
      consequence = {
        es = "Mynor le contó a Andrés. Andrés se sintió vigilado por la aldea. Dejó de contestarle a usted.",
        en = "Mynor told Andrés. Andrés felt watched by the village. He stopped answering you.",
      },
    },
    choice {
      id = "keep_calling_him",
      to = "elements",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Pedirle a doña Rosa que lo siga llamando hasta que conteste. Es por su bien.",
        en = "Ask doña Rosa to keep calling him until he answers. It is for his own good.",
      },
      note = {
        es = "Insistir ignora lo que él decidió. Un adulto puede no querer hablar. Mándele un mensaje, y deje que él decida.",
        en = "Insisting ignores what he decided. An adult may not want to talk. Send him a message, and let him decide.",
      },
      consequence = {
        es = "Andrés tuvo el teléfono apagado toda la semana. Después, solo habló con su mamá, y poco.",
        en = "Andrés kept his phone off all week. After that, he only talked to his mother, and not much.",
      },
    },
  },

  scene "his_view" {
    text = {
      es = "Andrés habla. “Mire, yo decidí venirme. Nadie me engañó. Mi primo me dijo cuánto pagaban, y así es. Trabajo en una obra. Es duro y pagan poco, pero más que allá. Mi pasaporte lo tengo yo. Ya cambié una vez de patrón. Lo que me duele es que en la aldea digan que me vendieron.”",
      en = "Andrés talks. “Look, I decided to come. Nobody tricked me. My cousin told me what they paid, and that's how it is. I work on a building site. It's hard and the pay is low, but more than back home. I keep my passport myself. I've already changed bosses once. What hurts is that in the village they say I was sold.”",
    },
    detail "cash_on_fridays" {
      neutral = true,
      text = {
        es = "Le pagan en efectivo cada viernes.",
        en = "He is paid in cash every Friday.",
      },
      why = {
        es = "El pago en efectivo no es una señal. Lo importante es que el dinero le llega a él. Sería una señal si otro se quedara con su sueldo.",
        en = "Being paid in cash is not a sign. What matters is that the money reaches him. It would be a sign if someone else kept his wages.",
      },
    },
    detail "passport_with_him" {
      neutral = true,
      text = {
        es = "Enseña su pasaporte a la cámara: lo guarda él.",
        en = "He holds his passport up to the camera: he keeps it himself.",
      },
      why = {
        es = "Sus documentos los tiene él. Si alguien se los quitara “para cuidárselos”, eso sí sería una señal fuerte.",
        en = "He has his own documents. If someone took them “to keep them safe for him”, that would be a strong sign.",
      },
    },
    detail "changed_boss" {
      neutral = true,
      text = {
        es = "Ya cambió una vez de patrón.",
        en = "He has already changed bosses once.",
      },
      why = {
        es = "Cambió porque quiso, para ganar más. Sería distinto si otros lo movieran de un lugar a otro sin preguntarle.",
        en = "He changed because he wanted to, to earn more. It would be different if others moved him from place to place without asking him.",
      },
    },
    choice {
      id = "ask_what_he_needs",
      to = "unpaid_hours",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Creerle. Preguntarle qué le preocupa a él, y qué necesita.",
        en = "Believe him. Ask him what worries him, and what he needs.",
      },
      note = {
        es = "Bien. Él conoce su situación mejor que nadie. Lo que él quiere es el punto de partida.",
        en = "Good. He knows his situation better than anyone. What he wants is the starting point.",
      },
    },
    choice {
      id = "urge_him_to_come_home",
      to = "unpaid_hours",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Decirle que allá corre peligro, y que mejor regrese antes de que le pase algo.",
        en = "Tell him it is dangerous there, and he had better come back before something happens.",
      },
      note = {
        es = "Andrés sabe lo que vive, y decidió quedarse. Presionarlo para que regrese no respeta su decisión. Pregúntele qué necesita.",
        en = "Andrés knows what he is living through, and he chose to stay. Pressing him to come back does not respect his decision. Ask him what he needs.",
      },
      consequence = {
        es = "Andrés se cerró. “Usted no sabe lo que costó llegar.” Después contó poco.",
        en = "Andrés closed up. “You don't know what it took to get here.” After that he said little.",
      },
    },
    choice {
      id = "say_victims_often_dont_know",
      to = "unpaid_hours",
      harm = "label_without_the_elements",
      effects = { labelled = 1, trust = -1 },
      text = {
        es = "Decirle con cariño que muchas víctimas no saben que lo son. Quizá él tampoco.",
        en = "Tell him kindly that many victims don't know they are victims. Maybe he doesn't either.",
      },
      note = {
        es = "Hay víctimas que no se ven como víctimas. Por eso se miran los hechos. Y aquí los hechos dicen otra cosa: tiene sus papeles, cobra, y ya cambió de trabajo.",
        en = "Some victims do not see themselves as victims. That is why you look at the facts. And here the facts say otherwise: he has his papers, he is paid, and he has changed jobs.",
      },
      consequence = {
        es = "Andrés se sintió tratado como un niño. “Ni usted me cree.” Después contó poco.",
        en = "Andrés felt treated like a child. “Not even you believe me.” After that he said little.",
      },
    },
  },

  scene "unpaid_hours" {
    text = {
      es = "Andrés sigue. “Lo que sí me enoja es otra cosa. El patrón no nos paga las horas extra. Dice que así es la obra. Y cuando nos atrasamos, grita.” Se encoge de hombros. “Sin papeles, ¿quién reclama?”",
      en = "Andrés goes on. “What does make me angry is something else. The boss doesn't pay us for overtime. He says that's how building sites are. And when we fall behind, he shouts.” He shrugs. “With no papers, who's going to complain?”",
    },
    detail "no_overtime_pay" {
      neutral = true,
      text = {
        es = "El patrón no les paga las horas extra.",
        en = "The boss does not pay them for overtime.",
      },
      why = {
        es = "No pagar horas extra es abuso laboral, y se puede reclamar. Pero el sueldo le llega cada viernes. Nadie lo retiene para que no se vaya. Falta el medio: no es trabajo forzoso.",
        en = "Not paying overtime is labour abuse, and it can be claimed. But his wages reach him every Friday. No one holds them back to stop him leaving. The means is missing: it is not forced labour.",
      },
    },
    detail "boss_shouts" {
      neutral = true,
      text = {
        es = "El patrón les grita cuando se atrasan.",
        en = "The boss shouts at them when they fall behind.",
      },
      why = {
        es = "Gritar es maltrato, y también se puede reclamar. Pero no es una amenaza para que se quede. Él puede irse, y ya lo hizo una vez.",
        en = "Shouting is mistreatment, and that can be claimed too. But it is not a threat to make him stay. He can leave, and he has done so once.",
      },
    },
    choice {
      id = "say_the_consulate_can_advise",
      to = "what_to_watch",
      practice = "protect_labour_rights",
      set = { rights = 1 },
      text = {
        es = "Decirle que el consulado de Guatemala puede orientarlo sobre cómo reclamar lo que le deben.",
        en = "Tell him the Guatemalan consulate can advise him on how to claim what he is owed.",
      },
      note = {
        es = "Bien. No es trata, pero sí es un abuso. Andrés tiene derecho a su salario. El consulado atiende a los guatemaltecos que viven allá. Puede decirle dónde reclamar, y qué puede hacer sin papeles. Si el trabajo fuera aquí, orienta la inspección del Ministerio de Trabajo.",
        en = "Good. It is not trafficking, but it is abuse. Andrés has a right to his wages. The consulate serves Guatemalans who live there. It can tell him where to claim, and what he can do without papers. If the job were here, the Ministry of Labour's inspectorate gives advice.",
      },
    },
    choice {
      id = "say_report_the_boss_for_trafficking",
      to = "what_to_watch",
      harm = "label_without_the_elements",
      effects = { labelled = 1 },
      text = {
        es = "Decirle que eso ya es trata, y que la familia puede denunciar al patrón aquí, en el Ministerio Público.",
        en = "Tell him that is already trafficking, and the family can report the boss here, at the Ministerio Público.",
      },
      note = {
        es = "No pagar horas extra es abuso laboral, no trata. Una denuncia por trata no le devuelve su salario. Lo que necesita es orientación sobre sus derechos.",
        en = "Not paying overtime is labour abuse, not trafficking. A trafficking complaint does not get his wages back. What he needs is advice on his rights.",
      },
      consequence = {
        es = "Andrés no quiso saber nada de denuncias. Nadie le dijo dónde reclamar sus horas extra.",
        en = "Andrés wanted nothing to do with complaints. No one told him where to claim his overtime.",
      },
    },
    choice {
      id = "advise_him_to_put_up_with_it",
      to = "what_to_watch",
      harm = "brush_off_the_signs",
      text = {
        es = "Aconsejarle que aguante sin reclamar: sin papeles, mejor no buscarse problemas.",
        en = "Advise him to put up with it and not complain: with no papers, better not to look for trouble.",
      },
      note = {
        es = "Aguantar en silencio es justo lo que aprovecha un mal patrón. Andrés tiene derechos como trabajador. El consulado puede orientarlo.",
        en = "Putting up with it in silence is just what a bad boss counts on. Andrés has rights as a worker. The consulate can advise him.",
      },
      consequence = {
        es = "Andrés no reclamó. El patrón siguió sin pagar las horas extra, a él y a los demás.",
        en = "Andrés did not complain. The boss went on not paying overtime, to him and to the others.",
      },
    },
  },

  scene "what_to_watch" {
    text = {
      es = "Antes de colgar, Andrés pregunta, medio en broma: “Entonces, ¿cuándo sí sería trata? Para saber.” Doña Rosa se pone seria. Mynor, el primo, está a la par de Andrés. Él le consiguió el trabajo en la obra.",
      en = "Before hanging up, Andrés asks, half joking: “So when would it be trafficking? Just so I know.” Doña Rosa turns serious. Mynor, the cousin, is next to Andrés. He got him the job on the site.",
    },
    detail "cousin_found_the_job" {
      neutral = true,
      text = {
        es = "El trabajo se lo consiguió su primo Mynor.",
        en = "His cousin Mynor found him the job.",
      },
      why = {
        es = "Que un familiar consiga trabajo es muy común. Mynor no le cobra, no le mintió y no lo controla. Sería distinto si le cobrara una deuda que crece, o le guardara los papeles.",
        en = "A relative finding someone a job is very common. Mynor charges him nothing, did not lie to him and does not control him. It would be different if he charged him a growing debt, or kept his papers.",
      },
    },
    choice {
      id = "go_over_what_would_change_it",
      to = "elements",
      practice = "safety_plan",
      set = { watch = 1 },
      text = {
        es = "Repasar juntos qué lo cambiaría: una deuda nueva, papeles quitados, amenazas. Y a quién llamar.",
        en = "Go over together what would change it: a new debt, papers taken, threats. And whom to call.",
      },
      note = {
        es = "Bien. Un viaje con coyote o un mal trabajo pueden volverse trata. Estas serían señales. Una deuda nueva que nunca se acaba. Que le quiten el pasaporte “para cuidarlo”. Amenazas con Migración o contra su familia. No poder irse. Entonces, llamar al consulado de Guatemala. El DHS de Estados Unidos publicó en 2022 la línea 1-888-373-7888. Los números cambian: hay que confirmarlos.",
        en = "Good. A journey with a coyote or a bad job can turn into trafficking. These would be signs. A new debt that never ends. His passport taken “to keep it safe”. Threats of immigration, or against his family. Not being able to leave. Then, call the Guatemalan consulate. The US DHS published the line 1-888-373-7888 in 2022. Numbers change: check them.",
      },
    },
    choice {
      id = "promise_the_fare_home",
      to = "elements",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Decirle que no se preocupe: si algo pasa, la asociación junta el dinero para su pasaje de regreso.",
        en = "Tell him not to worry: if anything happens, the association will collect the money for his fare home.",
      },
      note = {
        es = "La asociación quizá no pueda cumplir. Y una promesa no le enseña qué vigilar. Repase con él las señales, y a quién llamar.",
        en = "The association may not be able to keep that. And a promise does not teach him what to watch for. Go over the signs with him, and whom to call.",
      },
      consequence = {
        es = "Nadie habló de qué vigilar. Andrés se quedó con una promesa que nadie había acordado.",
        en = "No one talked about what to watch for. Andrés was left with a promise no one had agreed to.",
      },
    },
    choice {
      id = "say_there_is_nothing_to_watch",
      to = "elements",
      harm = "brush_off_the_signs",
      text = {
        es = "Decirle que ya se ve que no es trata, y que puede estar tranquilo.",
        en = "Tell him it is plain it is not trafficking, and he can rest easy.",
      },
      note = {
        es = "Hoy no es trata, pero puede cambiar. Una deuda nueva, papeles quitados o amenazas lo cambiarían todo. Dígale qué vigilar, y a quién llamar.",
        en = "Today it is not trafficking, but that can change. A new debt, papers taken or threats would change everything. Tell him what to watch for, and whom to call.",
      },
      consequence = {
        es = "Andrés se quedó tranquilo, pero sin saber qué señales vigilar.",
        en = "Andrés was reassured, but without knowing what signs to watch for.",
      },
    },
  },

  scene "elements" {
    text = {
      es = "Después de la llamada, doña Rosa le sirve más café. “Dígame claro. Lo de Andrés, ¿es trata o no? Doña Marta no me deja en paz.” En la aldea, el coyote es conocido. Ya llevó a otros muchachos.",
      en = "After the call, doña Rosa pours you more coffee. “Tell me plainly. What is happening to Andrés, is it trafficking or not? Doña Marta won't leave me alone.” In the village, the coyote is well known. He has taken other young men before.",
    },
    prompt = {
      es = "¿Qué tendría que haber pasado para que fuera trata? ¿Cambiaría algo si Andrés tuviera 16 años?",
      en = "What would have had to happen for it to be trafficking? Would anything change if Andrés were 16?",
    },
    detail "known_coyote" {
      neutral = true,
      text = {
        es = "El coyote es conocido en la aldea. Ya llevó a otros muchachos al norte.",
        en = "The coyote is well known in the village. He has taken other young men north.",
      },
      why = {
        es = "Pasar gente por la frontera a escondidas es tráfico de migrantes. Es un delito contra el Estado, no contra Andrés. No lo hace tratante. Para eso haría falta un engaño, una amenaza o una deuda, y explotación al llegar.",
        en = "Taking people across the border in secret is migrant smuggling. It is a crime against the State, not against Andrés. It does not make him a trafficker. That would take deception, a threat or a debt, and exploitation on arrival.",
      },
    },
    choice {
      id = "name_the_elements",
      to = "next_meeting",
      practice = "identify_the_elements",
      set = { named = 1 },
      text = {
        es = "Hubo un acto: el viaje con el coyote. Pero no hubo engaño ni amenaza, y no lo explotan.",
        en = "There was an act: the journey with the coyote. But there was no deception or threat, and he is not exploited.",
      },
      note = {
        es = "Bien. Acto: sí, lo trasladaron. Medio: no, nadie lo engañó, amenazó ni endeudó. Fin: no, tiene sus papeles, cobra y puede irse. Para un adulto, la definición internacional pide los tres. Aquí faltan dos. Es tráfico de migrantes y un trabajo duro. No es trata.",
        en = "Good. Act: yes, he was moved. Means: no, no one deceived, threatened or indebted him. Purpose: no, he has his papers, he is paid and he can leave. For an adult, the international definition needs all three. Here two are missing. It is migrant smuggling and a hard job. It is not trafficking.",
      },
    },
    choice {
      id = "say_all_three_are_there",
      to = "next_meeting",
      harm = "label_without_the_elements",
      effects = { labelled = 1 },
      text = {
        es = "Están los tres: lo trasladaron, abusaron de la pobreza de la familia, y la paga baja es explotación.",
        en = "All three are there: he was moved, the family's poverty was abused, and the low pay is exploitation.",
      },
      note = {
        es = "La pobreza sola no es el medio. El medio sería que alguien se aprovechara de ella para explotarlo. Y una paga baja es abuso laboral, no trabajo forzoso. Faltan el medio y el fin.",
        en = "Poverty alone is not the means. The means would be someone taking advantage of it to exploit him. And low pay is labour abuse, not forced labour. The means and the purpose are missing.",
      },
      consequence = {
        es = "Doña Rosa fue al Ministerio Público a denunciar trata. Abrieron un expediente. No había víctima ni tratante que buscar.",
        en = "Doña Rosa went to the Ministerio Público to report trafficking. A file was opened. There was no victim and no trafficker to look for.",
      },
    },
    choice {
      id = "say_he_agreed_so_it_never_is",
      to = "next_meeting",
      harm = "dismiss_because_she_consented",
      text = {
        es = "No hace falta revisar nada: Andrés aceptó el viaje, y si uno acepta, nunca es trata.",
        en = "There is nothing to check: Andrés agreed to the journey, and if you agree, it is never trafficking.",
      },
      note = {
        es = "Aceptar no es la prueba. Si hay engaño, amenaza o una deuda, el “sí” ya no vale. No es trata porque faltan el medio y el fin. No es porque él aceptó.",
        en = "Agreeing is not the test. If there is deception, a threat or a debt, the “yes” no longer counts. It is not trafficking because the means and the purpose are missing. Not because he agreed.",
      },
      consequence = {
        es = "Doña Rosa se quedó con una idea falsa: si uno acepta, nunca es trata. Con esa idea, no vería las señales si algo cambia.",
        en = "Doña Rosa was left with a false idea: if you agree, it is never trafficking. With that idea, she would miss the signs if something changed.",
      },
    },
  },

  scene "next_meeting" {
    text = {
      es = "Jueves otra vez. Reunión de padres. Doña Marta pregunta en voz alta: “¿Y lo de Andrés? ¿Es trata o no?” Doña Rosa está presente. El profesor Efraín le da a usted la palabra.",
      en = "Thursday again. Parents' meeting. Doña Marta asks out loud: “What about Andrés? Is it trafficking or not?” Doña Rosa is there. Teacher Efraín gives you the floor.",
    },
    prompt = {
      es = "¿Cómo hablar de la trata en la aldea sin chisme, sin asustar y sin decir “aquí no pasa”?",
      en = "How can you talk about trafficking in the village without gossip, without scaring people, and without saying “it doesn't happen here”?",
    },
    detail "more_going_north" {
      neutral = true,
      text = {
        es = "Dos muchachos más de la aldea piensan irse al norte este año.",
        en = "Two more young men from the village plan to go north this year.",
      },
      why = {
        es = "Migrar es una decisión común, no una señal de trata. Sí es buen momento para hablar de ofertas engañosas y de deudas por el viaje.",
        en = "Migrating is a common decision, not a sign of trafficking. It is a good moment, though, to talk about deceptive offers and debts for the journey.",
      },
    },
    choice {
      id = "explain_without_names",
      to = "his_own_road",
      when = good,
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_cut_off",
      to = "alone_up_north",
      when = bad,
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_labelled",
      to = "the_word_stuck",
      when = not_bad .. " and labelled >= 1",
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_exposed",
      to = "talk_of_the_village",
      when = not_bad .. " and labelled == 0 and exposed >= 1",
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_no_rights",
      to = "wages_unpaid",
      when = not_bad .. " and labelled == 0 and exposed == 0 and rights == 0",
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_wrong_idea",
      to = "wrong_idea",
      when = not_bad .. " and labelled == 0 and exposed == 0 and rights == 1 and named == 0",
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "explain_without_names_half_trust",
      to = "half_trust",
      when = not_bad .. " and labelled == 0 and exposed == 0 and rights == 1 and named == 1 and trust < 6",
      practice = "refuse_gossip",
      text = explain_text,
      note = explain_note,
    },
    choice {
      id = "use_andres_as_the_example",
      to = "talk_of_the_village",
      when = not_bad,
      harm = "gossip_about_her",
      effects = { exposed = 1 },
      text = example_text,
      note = example_note,
      consequence = example_consequence,
    },
    choice {
      id = "use_andres_as_the_example_cut_off",
      to = "alone_up_north",
      when = bad,
      harm = "gossip_about_her",
      effects = { exposed = 1 },
      text = example_text,
      note = example_note,
      consequence = example_consequence,
    },
    choice {
      id = "close_the_subject",
      to = "topic_closed",
      when = not_bad,
      harm = "brush_off_the_signs",
      text = close_text,
      note = close_note,
      consequence = close_consequence,
    },
    choice {
      id = "close_the_subject_cut_off",
      to = "alone_up_north",
      when = bad,
      harm = "brush_off_the_signs",
      text = close_text,
      note = close_note,
      consequence = close_consequence,
    },
  },

  ending "his_own_road" {
    outcome = "good",
    text = {
      es = "Andrés sigue en el norte, porque él lo decidió. Llamó al consulado y supo dónde reclamar sus horas extra. Sabe qué cambiaría todo: una deuda nueva, que le quiten el pasaporte, amenazas, no poder irse. Eso ya sería trata. Y sabe a quién llamar. Doña Rosa volvió a las reuniones con la frente en alto. La asociación habló de trata y de tráfico de migrantes, sin nombres.",
      en = "Andrés is still up north, because he chose to be. He called the consulate and learned where to claim his overtime. He knows what would change everything: a new debt, his passport taken, threats, not being able to leave. That would be trafficking. And he knows whom to call. Doña Rosa came back to the meetings with her head held high. The association talked about trafficking and smuggling, without names.",
    },
  },

  ending "half_trust" {
    outcome = "mixed",
    text = {
      es = "Andrés está bien. Sabe qué vigilar y dónde reclamar. Pero la confianza quedó a medias. Doña Rosa y Andrés ya le cuentan poco a usted. Si un día le quitan los papeles o le inventan una deuda, quizá no se lo digan a nadie de la aldea. Y eso ya sería trata.",
      en = "Andrés is all right. He knows what to watch for and where to claim. But trust was left half built. Doña Rosa and Andrés tell you little now. If one day his papers are taken or a debt is invented for him, they may tell no one in the village. And that would be trafficking.",
    },
  },

  ending "wrong_idea" {
    outcome = "mixed",
    text = {
      es = "Andrés está bien, y sabe dónde reclamar. Pero doña Rosa se quedó con una idea falsa: “si uno aceptó, nunca es trata”. Se la repite a otras mamás. Con esa idea, nadie vería las señales si algo cambia. No era trata porque faltaban el medio y la explotación, no porque Andrés aceptó.",
      en = "Andrés is all right, and knows where to claim. But doña Rosa was left with a false idea: “if you agreed, it is never trafficking”. She repeats it to other mothers. With that idea, no one would see the signs if something changed. It was not trafficking because the means and the exploitation were missing, not because Andrés agreed.",
    },
  },

  ending "wages_unpaid" {
    outcome = "mixed",
    text = {
      es = "Andrés sigue allá, por su decisión. Sabe qué señales vigilar. Pero nadie le dijo dónde reclamar. El patrón sigue sin pagar las horas extra. Andrés cree que, sin papeles, no tiene derechos. No es trata: es un abuso laboral que nadie atendió.",
      en = "Andrés is still there, by his own choice. He knows what signs to watch for. But no one told him where to claim. The boss still does not pay overtime. Andrés thinks that with no papers he has no rights. It is not trafficking: it is labour abuse that no one dealt with.",
    },
  },

  ending "the_word_stuck" {
    outcome = "mixed",
    text = {
      es = "La palabra “trata” se le quedó pegada a Andrés. En la aldea le dicen “el pobrecito”. Doña Rosa se avergüenza de ir a las reuniones. Andrés sabe qué vigilar, pero no quiere saber nada de la asociación. Para trata faltaban un medio y la explotación. Nadie los revisó antes de nombrarlo.",
      en = "The word “trafficking” stuck to Andrés. In the village they call him “the poor boy”. Doña Rosa is ashamed to go to the meetings. Andrés knows what to watch for, but wants nothing to do with the association. For trafficking, a means and exploitation were missing. No one checked for them before naming it.",
    },
  },

  ending "talk_of_the_village" {
    outcome = "mixed",
    text = {
      es = "La historia de Andrés dio vueltas por la aldea. Cada quien le agregó algo. Andrés se enteró y se sintió expuesto. Sabe qué señales vigilar. Pero ya no quiere que su mamá cuente nada de él, ni a usted.",
      en = "Andrés's story went round the village. Everyone added something. Andrés found out and felt exposed. He knows what signs to watch for. But he no longer wants his mother to tell anyone anything about him, not even you.",
    },
  },

  ending "topic_closed" {
    outcome = "mixed",
    text = {
      es = "La asociación dio el tema por cerrado: “aquí no hay trata”. Andrés está bien, y sabe qué vigilar. Pero semanas después, un hombre ofreció en la aldea viajes al norte “gratis”. Se pagaban trabajando allá. Eso sí es una señal: un viaje que se paga con una deuda. Nadie en la reunión habló de eso.",
      en = "The association declared the subject closed: “there is no trafficking here”. Andrés is all right, and knows what to watch for. But weeks later, a man offered “free” trips north in the village. They were to be paid off by working up there. That is a sign: a journey paid for with a debt. No one at the meeting talked about it.",
    },
  },

  ending "alone_up_north" {
    outcome = "bad",
    text = {
      es = "Pasaron los meses. Un contratista le ofreció a Andrés trabajo en otro estado. Le pagaba el viaje “a cuenta”. Le pidió el pasaporte “para los papeles”. Andrés no supo qué hacer, y no llamó a nadie en la aldea. Hace tres semanas que la familia no sabe de él. Una deuda nueva y el pasaporte en otras manos: eso ya son señales de trata.",
      en = "Months went by. A contractor offered Andrés work in another state. He would pay the journey “on account”. He asked for Andrés's passport “for the paperwork”. Andrés did not know what to do, and called no one in the village. The family has not heard from him in three weeks. A new debt and his passport in someone else's hands: those are signs of trafficking.",
    },
  },
}
