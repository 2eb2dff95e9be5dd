-- A young man comes home to his village after forced labour in Mexico, and the village talks.
-- Los Encinos, Wilmer, doña Tina, doña Chusita and "el contratista" are fictional; the institutions
-- are real. Written for community classes: plain, short sentences. What happened to him is never
-- described; signs appear only in what he chooses to let slip.

return scenario {
  title = { es = "De vuelta en la aldea", en = "Back in the village" },
  summary = {
    es = "Wilmer, de 20 años, regresa a la aldea después de año y medio en México. Su mamá se endeudó para que se fuera, y él volvió sin nada. La gente habla. Usted vive al lado de su casa.",
    en = "Wilmer, 20, comes home to the village after a year and a half in Mexico. His mother went into debt to send him, and he came back with nothing. People talk. You live next door.",
  },
  audience = "community",
  person = { age = "adult", gender = "male", nationality = "GT", exploitation = "labour", trafficking = true },
  setting = { country = "GT", institution = "community" },
  minutes = 15,
  difficulty = 1,
  feedback = "immediate",
  objectives = {
    {
      es = "Recibir a un sobreviviente sin culparlo y sin preguntarle qué le pasó.",
      en = "Welcome a survivor home without blaming him or asking what happened to him.",
    },
    {
      es = "Frenar el chisme y cuidar su identidad.",
      en = "Stop the gossip and protect his identity.",
    },
    {
      es = "Apoyar lo que él necesita: un ingreso, su salud mental, su familia y sentirse aceptado.",
      en = "Support what he needs: an income, his mental health, his family and being accepted.",
    },
    {
      es = "Ayudarlo a llegar a los servicios si él quiere. Respetar lo que decide.",
      en = "Help him reach services if he wants. Respect what he decides.",
    },
  },
  content_note = {
    es = "Esta historia trata de un joven que regresa a su aldea después de ser explotado en el trabajo. No se describe lo que vivió. Hay chismes, deudas y amenazas. Puede recordar experiencias personales. Puede hacer una pausa cuando quiera.",
    en = "This story is about a young man who comes home after being exploited at work. What he went through is not described. There is gossip, debt and threats. It may bring back personal experiences. You can pause whenever you want.",
  },
  start = "shop",
  -- trust: how much Wilmer trusts you; safety: how safe he and his family are from the network;
  -- support: how much acceptance and practical support he has from family and village.
  vars = { trust = 1, safety = 2, support = 1 },

  scene "shop" {
    text = {
      es = "Sábado en la mañana, en la tienda de doña Chusita, en la aldea Los Encinos. Hay cola para el pan. Todos hablan de lo mismo. Wilmer, el hijo de doña Tina, regresó hace ocho días. Tiene 20 años. Se fue hace año y medio a trabajar en una obra en México. Doña Tina pidió un préstamo para pagarle al contratista. “Volvió sin un centavo. Lo deportaron”, dice una señora. “Ese patojo fracasó. Quién sabe en qué se le fue el dinero”, dice otra. Todos se le quedan viendo. Usted vive al lado de doña Tina.",
      en = "Saturday morning at doña Chusita's shop in the village of Los Encinos. There is a queue for bread. Everyone is talking about the same thing. Wilmer, doña Tina's son, came back eight days ago. He is 20. He left a year and a half ago to work on a building site in Mexico. Doña Tina took out a loan to pay the contractor. “He came back without a cent. He was deported,” one woman says. “That boy failed. Who knows where the money went,” says another. Everyone turns to you. You live next door to doña Tina.",
    },
    prompt = {
      es = "¿Qué le hace el chisme a un muchacho que regresa? ¿Qué puede decir usted cuando lo oye?",
      en = "What does gossip do to a young man who comes back? What can you say when you hear it?",
    },
    detail "deported" {
      neutral = true,
      text = {
        es = "Lo deportaron de México por no tener papeles.",
        en = "He was deported from Mexico for having no papers.",
      },
      why = {
        es = "Migrar sin papeles no es señal de trata. Pero muchas víctimas terminan deportadas sin que nadie les pregunte qué les pasó.",
        en = "Migrating without papers is not a sign of trafficking. But many victims end up deported without anyone asking what happened to them.",
      },
    },
    choice {
      id = "say_it_is_none_of_our_business",
      to = "visit",
      practice = { "refuse_gossip", "challenge_blame" },
      effects = { support = 1 },
      text = {
        es = "Decir: “Eso no es asunto nuestro. Y si algo le pasó, no es culpa de él.” Y pedir su pan.",
        en = "Say: “That's none of our business. If something happened to him, it's not his fault.” Ask for your bread.",
      },
      note = {
        es = "Bien. Cortar el chisme protege a Wilmer. Y les recuerda a todos que la culpa no es de él.",
        en = "Good. Cutting the gossip short protects Wilmer. And it reminds everyone that he is not to blame.",
      },
    },
    choice {
      id = "repeat_what_her_mother_told_you",
      to = "visit",
      harm = "gossip_about_her",
      effects = { trust = -1, safety = -1, support = -1 },
      text = {
        es = "Defenderlo: “Pobre patojo. Doña Tina me contó que volvió sin su DPI y que ya no sale de la casa.”",
        en = "Stand up for him: “Poor lad. Doña Tina told me he came back without his ID card and won't leave the house.”",
      },
      note = {
        es = "Aunque sea con cariño, contar lo que le confiaron es chisme. Lo que usted sabe de él, guárdelo.",
        en = "Even said kindly, passing on what you were told in confidence is gossip. Keep what you know about him to yourself.",
      },
      consequence = {
        es = "Para la tarde, media aldea lo sabía. El chisme llegó a Wilmer, y supo que venía de usted.",
        en = "By the afternoon half the village knew. The gossip reached Wilmer, and he knew it came from you.",
      },
    },
    choice {
      id = "say_a_grown_man_should_know_better",
      to = "visit",
      harm = "blame_her",
      effects = { support = -1 },
      text = {
        es = "Decir: “Un hombre de veinte años ya sabe lo que hace. Si se dejó engañar, fue por confiado.”",
        en = "Say: “A man of twenty knows what he's doing. If he let himself be fooled, he was too trusting.”",
      },
      note = {
        es = "Ser hombre y adulto no protege del engaño. La culpa es de quien engañó, no de él.",
        en = "Being a grown man is no protection against being deceived. The blame lies with whoever deceived him, not with him.",
      },
      consequence = {
        es = "La idea de que Wilmer “fracasó” corrió por la aldea. Doña Tina la oyó y la repitió en su casa.",
        en = "The idea that Wilmer had “failed” spread around the village. Doña Tina heard it and repeated it at home.",
      },
    },
  },

  scene "visit" {
    text = {
      es = "En la tarde, usted lleva unos tamales a la casa de doña Tina. Wilmer está en el patio, partiendo leña. Saluda sin levantar la vista. Doña Tina dice bajito: “Casi no come. No duerme. No quiere salir. Dice que le da vergüenza que lo vean.”",
      en = "In the afternoon you take some tamales to doña Tina's house. Wilmer is in the yard, splitting firewood. He says hello without looking up. Doña Tina says quietly: “He hardly eats. He doesn't sleep. He won't go out. He says he's ashamed to be seen.”",
    },
    detail "calloused_hands" {
      neutral = true,
      text = {
        es = "Tiene las manos llenas de callos y la cara quemada por el sol.",
        en = "His hands are calloused and his face is sunburnt.",
      },
      why = {
        es = "Muchos en la aldea tienen esas mismas marcas de trabajar en el campo. No dicen nada de cómo lo trataron allá.",
        en = "Many people in the village have the same marks from working the land. They say nothing about how he was treated over there.",
      },
    },
    detail "lost_count_of_days" {
      indicator = "lost_sense_of_time",
      text = {
        es = "Pregunta qué día es hoy. Dice que allá perdió la cuenta de los días.",
        en = "He asks what day it is. He says that over there he lost count of the days.",
      },
    },
    choice {
      id = "greet_her_like_any_neighbour",
      to = "ordinary_days",
      practice = "let_her_lead",
      effects = { trust = 1 },
      text = {
        es = "Saludarlo como a cualquier vecino. Decirle que le da gusto verlo y platicar de cosas del día.",
        en = "Greet him like any neighbour. Tell him you are glad to see him and chat about everyday things.",
      },
      note = {
        es = "Bien. Sin preguntas sobre México, Wilmer puede estar tranquilo con usted. Él decide qué contar, y cuándo.",
        en = "Good. With no questions about Mexico, Wilmer can feel at ease with you. He decides what to tell, and when.",
      },
    },
    choice {
      id = "ask_what_happened_there",
      to = "shut_down",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Ponerle una mano en el hombro: “Aquí estamos para lo que necesités, mijo. ¿Qué te pasó allá?”",
        en = "Put a hand on his shoulder: “We're here for whatever you need, son. What happened to you there?”",
      },
      note = {
        es = "Aunque se pregunte con cariño, esa pregunta lo lleva de vuelta a lo peor. Salúdelo y hable de hoy. Él decide qué contar.",
        en = "Even asked kindly, that question takes him back to the worst of it. Greet him and talk about today. He decides what to tell.",
      },
      consequence = {
        es = "La pregunta lo llevó de vuelta a lo peor, delante de una vecina. Dejó la leña y se encerró.",
        en = "The question took him back to the worst of it, in front of a neighbour. He dropped the firewood and shut himself in.",
      },
    },
    choice {
      id = "ask_why_she_did_not_check",
      to = "shut_down",
      harm = "blaming_question",
      effects = { trust = -2 },
      text = {
        es = "Darle un consejo con cariño: “¿Por qué no averiguaste quién era ese contratista, mijo?”",
        en = "Give him some kindly advice: “Why didn't you look into that contractor before you went, son?”",
      },
      note = {
        es = "Esa pregunta le dice que usted lo culpa. Mejor no pregunte, y dígale que se alegra de verlo.",
        en = "That question tells him you blame him. Better not to ask, and to say you are glad to see him.",
      },
      consequence = {
        es = "La pregunta le dijo que usted lo culpaba. Se levantó y se encerró en su cuarto.",
        en = "The question told him that you blamed him. He got up and shut himself in his room.",
      },
    },
  },

  scene "shut_down" {
    text = {
      es = "Wilmer deja la leña y entra a la casa sin decir nada. Se oye la puerta de su cuarto. Doña Tina suspira. “Así se pone cuando le preguntan. Anoche lo oí llorar hasta tarde.”",
      en = "Wilmer puts down the firewood and goes into the house without a word. You hear his bedroom door shut. Doña Tina sighs. “That's how he gets when people ask. Last night I heard him crying until late.”",
    },
    choice {
      id = "apologise_and_give_her_space",
      to = "ordinary_days",
      practice = "pause_and_support",
      effects = { trust = 1 },
      text = {
        es = "Pedirle perdón a doña Tina. Que le diga a Wilmer que no tiene que contar nada. Volver otro día a saludar.",
        en = "Apologise to doña Tina. Ask her to tell Wilmer he needn't tell anything. Come back another day to say hello.",
      },
      note = {
        es = "Bien. Reconocer el error y darle espacio también es cuidarlo.",
        en = "Good. Admitting the mistake and giving him space is also a way of caring.",
      },
    },
    choice {
      id = "knock_on_her_door",
      to = "ordinary_days",
      harm = "ask_for_her_story_again",
      effects = { trust = -1 },
      text = {
        es = "Tocar la puerta de su cuarto y hablarle suave: “Es mejor que lo saqués, mijo. Aquí estoy yo para escucharte.”",
        en = "Knock on his bedroom door and speak softly: “It's better to let it out, son. I'm right here to listen.”",
      },
      consequence = {
        es = "Wilmer no abrió. Desde ese día, cuando usted llega, él se va a otro cuarto.",
        en = "Wilmer did not open the door. From that day on, whenever you come over, he goes to another room.",
      },
    },
    choice {
      id = "ask_her_mother_to_find_out",
      to = "ordinary_days",
      harm = "ask_for_her_story_again",
      effects = { trust = -1 },
      text = {
        es = "Pedirle a doña Tina que hable ella con Wilmer, que a su mamá sí le va a contar, y que después le avise.",
        en = "Ask doña Tina to talk to Wilmer herself, since he'll open up to his own mother, and to let you know afterwards.",
      },
      note = {
        es = "Pedirle a la mamá que le saque la historia es volver a preguntarle, por otro camino. Déjelo en paz y vuelva otro día, solo a saludar.",
        en = "Asking his mother to get the story out of him is asking again, by another road. Leave him be and come back another day, just to say hello.",
      },
      consequence = {
        es = "Doña Tina le preguntó esa noche. Wilmer supo que la pregunta venía de usted, y dejó de salir al patio cuando usted llegaba.",
        en = "Doña Tina asked him that night. Wilmer realised the question came from you, and stopped coming out to the yard when you visited.",
      },
    },
  },

  scene "ordinary_days" {
    text = {
      es = "Pasan dos semanas. Un día, doña Tina le pide ayuda para desgranar maíz. Wilmer se sienta con ustedes. Habla poco, pero habla. “No quiero que me vean con lástima. Quiero trabajar. Tengo que pagar el préstamo de mi mamá.” Dice que de noche no puede dormir. Cuenta también que se fue por un trabajo en una obra, en la ciudad. “No era una obra.” Baja la vista. “Los demás mandan dinero a su casa. Yo no mandé ni un centavo.” Y no dice más.",
      en = "Two weeks go by. One day doña Tina asks you to help shell corn. Wilmer sits with you. He says little, but he talks. “I don't want people looking at me with pity. I want to work. I have to pay off my mother's loan.” He says he can't sleep at night. He also says he left for a job on a building site in the city. “It wasn't a building site.” He looks down. “Everyone else sends money home. I didn't send a cent.” And he says no more.",
    },
    prompt = {
      es = "Wilmer no habla de lo que pasó, sino de lo que necesita hoy. ¿Qué le podría ofrecer usted?",
      en = "Wilmer talks not about what happened but about what he needs today. What could you offer him?",
    },
    detail "not_a_building_site" {
      indicator = "deceptive_job_offer",
      text = {
        es = "Le ofrecieron trabajo en una obra en la ciudad. Lo llevaron a una finca, lejos de todo.",
        en = "He was offered work on a building site in the city. He was taken to a farm, far from everything.",
      },
    },
    detail "never_paid" {
      indicator = "no_pay",
      when = "trust >= 2",
      text = {
        es = "Cuenta que allá nunca le pagaron. “El contratista decía que todo iba para mi deuda.”",
        en = "He says he was never paid over there. “The contractor said it all went to my debt.”",
      },
    },
    detail "still_owes" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "Dice que todavía debe. Según el contratista, la deuda subía cada mes por la comida y el cuarto, aunque él trabajaba todos los días.",
        en = "He says he still owes money. According to the contractor, the debt went up every month for food and the room, though he worked every day.",
      },
    },
    choice {
      id = "offer_work_at_the_atol_stall",
      to = "phone_call",
      practice = "support_what_she_needs",
      effects = { trust = 1, support = 1 },
      text = {
        es = "Preguntarle qué le ayudaría. Ofrecerle trabajo en su venta de atol los sábados. Contarle que al equipo de fútbol le falta uno.",
        en = "Ask him what would help. Offer him Saturday work at your atol stall, and tell him the football team is a player short.",
      },
      note = {
        es = "Bien. Un ingreso y compañía ayudan más que muchas preguntas. Eso dicen los sobrevivientes.",
        en = "Good. An income and company help more than lots of questions. That is what survivors say.",
      },
    },
    choice {
      id = "ask_who_the_contractor_was",
      to = "distress",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Aprovechar que por fin habla: “¿Quién era ese contratista? ¿Qué te ponía a hacer? Contame, así te desahogás.”",
        en = "Make the most of him finally talking: “Who was that contractor? What did he make you do? Tell me, it'll help.”",
      },
      note = {
        es = "Que hable no quiere decir que quiera contar. Él habló de lo que necesita hoy: eso es lo que usted puede apoyar.",
        en = "Talking does not mean he wants to tell. He spoke about what he needs today: that is what you can support.",
      },
      consequence = {
        es = "La pregunta lo regresó de golpe a lo que quiere olvidar.",
        en = "The question threw him straight back into what he wants to forget.",
      },
    },
    choice {
      id = "tell_her_she_should_have_listened",
      to = "phone_call",
      harm = "blame_her",
      effects = { trust = -2, support = -1 },
      text = {
        es = "Hablarle claro, como buena vecina: “Ojalá hubieras hecho caso, mijo. Tu pobre mamá se endeudó por vos.”",
        en = "Speak plainly, as a good neighbour: “If only you had listened, son. Your poor mother went into debt for you.”",
      },
      consequence = {
        es = "Wilmer bajó la cabeza. Ya cargaba la culpa por la deuda de su mamá, y usted le puso más peso.",
        en = "Wilmer lowered his head. He already carried the guilt for his mother's debt, and you added to the weight.",
      },
    },
  },

  scene "distress" {
    text = {
      es = "Wilmer deja el maíz. Le tiemblan las manos. Se tapa la cara y se queda callado. Doña Tina lo mira, asustada.",
      en = "Wilmer puts the corn down. His hands are shaking. He covers his face and stays silent. Doña Tina looks at him, frightened.",
    },
    choice {
      id = "stop_and_sit_with_her",
      to = "phone_call",
      practice = "pause_and_support",
      effects = { trust = 1 },
      text = {
        es = "Parar. Decirle que no tiene que contar nada, y quedarse en silencio a su lado hasta que se calme.",
        en = "Stop. Tell him he doesn't have to tell anything, and sit quietly beside him until he is calmer.",
      },
      note = {
        es = "Bien. Cuando se angustia, lo primero es parar y acompañar. Su historia no hace falta. Si un día quiere hablar con alguien preparado, usted le puede ayudar a buscarlo.",
        en = "Good. When he is distressed, first stop and stay with him. His story is not needed. If he ever wants to talk to a trained person, you can help him find one.",
      },
    },
    choice {
      id = "urge_her_to_let_it_out",
      to = "phone_call",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Tomarle las manos y seguir: “Si no lo sacás, te vas a enfermar, mijo. Contame, aquí nadie te juzga.”",
        en = "Take his hands and keep going: “If you don't let it out, you'll get sick, son. Tell me, no one here judges you.”",
      },
      consequence = {
        es = "Wilmer se fue a su cuarto. Esa noche no durmió. Aprendió que con usted no está a salvo de las preguntas.",
        en = "Wilmer went off to his room. He did not sleep that night. He learned that with you he is not safe from questions.",
      },
    },
  },

  scene "phone_call" {
    text = {
      es = "Un sábado, Wilmer está con usted en el patio. Su celular suena. Contesta y se pone pálido. Cuelga rápido. Le tiemblan las manos.",
      en = "One Saturday, Wilmer is with you in the yard. His phone rings. He answers and turns pale. He hangs up quickly. His hands are shaking.",
    },
    prompt = {
      es = "¿Qué riesgos correría Wilmer si usted devuelve la llamada? ¿Y si lo obliga a denunciar?",
      en = "What risks would Wilmer face if you called back? And if you forced him to report?",
    },
    detail "they_call" {
      indicator = "threat_of_denunciation",
      when = "trust >= 2",
      text = {
        es = "Eran “los de allá”. Si no paga, le van a cobrar a su mamá. Y van a ir a la policía a decir que él es un ladrón.",
        en = "It was “the people from over there”. If he doesn't pay, they will collect from his mother. And they will go to the police and say he is a thief.",
      },
    },
    detail "no_dpi" {
      indicator = "documents_held",
      when = "trust >= 2",
      text = {
        es = "Dice que no puede buscar trabajo en la ciudad. Su DPI se quedó con el contratista.",
        en = "He says he can't look for work in the city. His ID card stayed with the contractor.",
      },
    },
    detail "no_one" {
      indicator = "protects_exploiter",
      when = "trust < 2",
      text = {
        es = "Dice que no era nadie. “No quiero problemas con nadie. Allá nos trataban bien.”",
        en = "He says it was no one. “I don't want trouble with anyone. They treated us well there.”",
      },
    },
    choice {
      id = "ask_what_she_fears",
      to = "services",
      practice = { "respect_her_assessment", "safety_plan" },
      effects = { trust = 1 },
      text = {
        es = "Preguntarle qué teme y qué quiere hacer. Anotar el número y pensar con él qué hacer si vuelven a llamar.",
        en = "Ask him what he fears and what he wants to do. Write down the number and plan with him what to do if they call again.",
      },
      note = {
        es = "Bien. Él conoce el peligro mejor que nadie. Los pasos se deciden con él.",
        en = "Good. He knows the danger better than anyone. The next steps are decided with him.",
      },
    },
    choice {
      id = "call_them_back",
      to = "threat_grows",
      harm = "confront_recruiter_alone",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Pedirle el celular y devolver la llamada. Decirles que ya saben quiénes son y que los van a denunciar.",
        en = "Ask for his phone and call them back. Tell them you know who they are and that you will report them.",
      },
      note = {
        es = "Llamarlos le avisa a la red que él habló. Guarde el número y, si él quiere, que lo investiguen la PNC o el Ministerio Público.",
        en = "Calling them tells the network that he talked. Keep the number and, if he wants, let the PNC or the Ministerio Público investigate.",
      },
      consequence = {
        es = "La red supo que Wilmer había hablado con alguien. Al día siguiente, las amenazas llegaron a su casa.",
        en = "The network learned that Wilmer had talked to someone. The next day, the threats reached his home.",
      },
    },
    choice {
      id = "take_her_to_the_pnc_today",
      to = "pushed",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Llevarlo hoy mismo a la PNC, la Policía Nacional Civil, para que denuncie mientras las amenazas están frescas.",
        en = "Take him to the PNC, the National Civil Police, today, so he can report while the threats are still fresh.",
      },
      note = {
        es = "Denunciar puede traerle riesgos a él y a su mamá. Él es adulto: decide si denuncia, y cuándo.",
        en = "Reporting may bring risks for him and his mother. He is an adult: he decides whether to report, and when.",
      },
      consequence = {
        es = "Wilmer sintió que otra vez alguien decidía por él. Fue a la PNC asustado y sin estar listo.",
        en = "Wilmer felt that once again someone was deciding for him. He went to the PNC frightened and not ready.",
      },
    },
  },

  scene "threat_grows" {
    text = {
      es = "Al otro día, un carro sin placas se para frente a la casa de doña Tina. Se queda una hora. Después, doña Tina recibe un mensaje: “La deuda sigue. Ya sabemos dónde viven.” Wilmer está furioso y asustado. “¿Por qué hizo eso? Ahora saben que hablé.”",
      en = "The next day, a car with no number plates stops outside doña Tina's house. It stays for an hour. Later doña Tina gets a message: “The debt still stands. We know where you live.” Wilmer is furious and scared. “Why did you do that? Now they know I talked.”",
    },
    detail "threat_to_family" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Amenazan a la familia para que él pague.",
        en = "They threaten his family to make him pay.",
      },
    },
    choice {
      id = "apologise_and_ask_what_she_wants",
      to = "services",
      practice = { "respect_her_assessment", "help_reach_services" },
      effects = { trust = 1 },
      text = {
        es = "Pedirle perdón. Preguntarle qué quiere hacer ahora. Si decide denunciar, ofrecerle acompañarlo al Ministerio Público.",
        en = "Apologise. Ask him what he wants to do now. If he decides to report, offer to go with him to the Ministerio Público.",
      },
      note = {
        es = "Bien, aunque el daño ya está hecho. Ahora las decisiones las toma él. El Ministerio Público es el que investiga los delitos.",
        en = "Good, though the harm is done. From now on, he makes the decisions. The Ministerio Público is the office that investigates crimes.",
      },
    },
    choice {
      id = "wait_for_it_to_calm_down",
      to = "back_to_the_network",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Decirle que es hombre y no se debe dejar asustar, que esa gente solo quiere meter miedo y que espere a que se calme todo.",
        en = "Tell him he's a man and mustn't let them scare him, that those people only want to frighten him, and to wait it out.",
      },
      note = {
        es = "Ser hombre no protege a nadie de una red. Wilmer tiene miedo, y tiene razones. Pregúntele qué quiere hacer, y si él quiere, acompáñelo a pedir ayuda.",
        en = "Being a man protects no one from a network. Wilmer is afraid, and he has reasons. Ask him what he wants to do and, if he wants, go with him to ask for help.",
      },
      consequence = {
        es = "Nadie hizo nada. Las amenazas siguieron llegando a doña Tina, y Wilmer se quedó solo con el miedo y la deuda.",
        en = "No one did anything. The threats kept coming to doña Tina, and Wilmer was left alone with the fear and the debt.",
      },
    },
    choice {
      id = "warn_the_neighbours",
      to = "services",
      harm = "gossip_about_her",
      effects = { trust = -1, safety = -1, support = -1 },
      text = {
        es = "Contarles a los vecinos lo del carro y del mensaje, para que todos estén pendientes de la casa de doña Tina.",
        en = "Tell the neighbours about the car and the message, so that everyone keeps an eye on doña Tina's house.",
      },
      note = {
        es = "Con buena intención, usted le contó a la aldea lo que él vive. Pregúntele primero a él qué quiere. Ante amenazas, la PNC y el Ministerio Público pueden actuar.",
        en = "With good intentions, you told the village what he is going through. Ask him first what he wants. When there are threats, the PNC and the Ministerio Público can act.",
      },
      consequence = {
        es = "Para el domingo, toda la aldea hablaba de “los de México” que buscaban a Wilmer. La historia corrió, y la red supo que se sabía.",
        en = "By Sunday the whole village was talking about “the people from Mexico” looking for Wilmer. The story spread, and the network knew it was out.",
      },
    },
  },

  scene "pushed" {
    text = {
      es = "En la PNC, un agente le pide a Wilmer que cuente todo desde el principio. Él mira el piso. Contesta con una palabra. Después se vuelve hacia usted. “Usted decidió por mí. Igual que ellos.”",
      en = "At the PNC, an officer asks Wilmer to tell everything from the beginning. He stares at the floor. He answers in single words. Then he turns to you. “You decided for me. Just like them.”",
    },
    choice {
      id = "tell_the_officer_she_is_not_ready",
      to = "services",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Decirle al agente que él no está listo, y salir con él. Pedirle perdón: la decisión es de él.",
        en = "Tell the officer he isn't ready, and leave with him. Apologise: the decision is his.",
      },
      note = {
        es = "Bien. La denuncia puede esperar a que él quiera. Forzarlo lo aleja de la ayuda.",
        en = "Good. The complaint can wait until he wants it. Forcing him drives him away from help.",
      },
    },
    choice {
      id = "urge_her_to_sign",
      to = "report_without_her",
      harm = "push_to_report",
      text = {
        es = "Quedarse a su lado y animarlo a firmar, ya que están ahí: “Es por tu bien, mijo. Yo te acompaño.”",
        en = "Stay beside him and encourage him to sign, since you are already there: “It's for your own good, son. I'm with you.”",
      },
      consequence = {
        es = "Wilmer firmó para que lo dejaran ir. Dos semanas después, no quiso volver a declarar.",
        en = "Wilmer signed so they would let him go. Two weeks later, he refused to give any further statement.",
      },
    },
    choice {
      id = "tell_the_officer_what_she_told_you",
      to = "report_without_her",
      harm = "push_to_report",
      effects = { trust = -1 },
      text = {
        es = "Contarle usted al agente lo que Wilmer le ha dicho, para que él no tenga que repetirlo.",
        en = "Tell the officer yourself what Wilmer has told you, so that he doesn't have to repeat it.",
      },
      note = {
        es = "Lo que él le confió no es suyo para contarlo. Él decide si denuncia, y qué cuenta.",
        en = "What he confided in you is not yours to tell. He decides whether to report, and what to say.",
      },
      consequence = {
        es = "El agente anotó lo que usted dijo. Wilmer no dijo nada más. Cuando lo citaron para confirmarlo, no fue.",
        en = "The officer wrote down what you said. Wilmer said nothing more. When he was called back to confirm it, he did not go.",
      },
    },
  },

  scene "services" {
    text = {
      es = "Una tarde, Wilmer le pregunta bajito: “¿Y adónde se va, para pedir ayuda? ¿Hay algo para hombres?” Usted le cuenta lo que sabe. La trata también les pasa a los hombres. La SVET es del gobierno y coordina la ayuda a las víctimas de trata. En el Ministerio Público se pone la denuncia. Wilmer escucha. “Denunciar, todavía no. Me da miedo por mi mamá. Pero sí quiero hablar con alguien. No puedo dormir.”",
      en = "One afternoon Wilmer asks you quietly: “And where can a person go to get help? Is there anything for men?” You tell him what you know. Trafficking happens to men too. The SVET is part of the government and coordinates help for trafficking victims. The Ministerio Público is where you make a complaint. Wilmer listens. “Reporting, not yet. I'm afraid for my mother. But I do want to talk to someone. I can't sleep.”",
    },
    detail "not_allowed_out" {
      indicator = "not_free_to_leave",
      when = "trust >= 3",
      text = {
        es = "Cuenta que allá había otros muchachos. No los dejaban salir de la finca.",
        en = "He says there were other young men there. They were not allowed to leave the farm.",
      },
    },
    detail "defends_the_contractor" {
      indicator = "protects_exploiter",
      when = "trust >= 3",
      text = {
        es = "Defiende al contratista: “No era malo. Nos daba de comer.”",
        en = "He defends the contractor: “He wasn't bad. He fed us.”",
      },
    },
    choice {
      id = "offer_to_go_with_her_to_ask",
      to = "her_mother",
      practice = { "help_reach_services", "respect_her_assessment" },
      text = {
        es = "Respetar que todavía no quiera denunciar. Ofrecerle ir con él a una organización de apoyo o a la SVET.",
        en = "Respect that he doesn't want to report yet. Offer to go with him to a support organisation or to the SVET.",
      },
      note = {
        es = "Bien. Usted le abre la puerta. Él decide si entra, y cuándo.",
        en = "Good. You open the door. He decides whether to go through it, and when.",
      },
    },
    choice {
      id = "promise_they_will_all_be_jailed",
      to = "her_mother",
      harm = "promise_you_cannot_keep",
      effects = { trust = -2 },
      text = {
        es = "Darle ánimo: “Si denunciás en el Ministerio Público, los agarran a todos y ya nunca te van a molestar.”",
        en = "Encourage him: “If you report them to the Ministerio Público, they'll catch them all and never bother you again.”",
      },
      note = {
        es = "Nadie puede prometer eso. Dígale con honestidad qué puede pasar y qué no depende de usted.",
        en = "No one can promise that. Tell him honestly what may happen and what is not in your hands.",
      },
      consequence = {
        es = "Wilmer se ilusionó. Después supo que las denuncias tardan y no siempre terminan en condena. Dejó de creerle.",
        en = "Wilmer got his hopes up. Later he learned that complaints take time and do not always end in a conviction. He stopped believing you.",
      },
    },
    choice {
      id = "tell_her_to_report_first",
      to = "her_mother",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Explicarle que primero tiene que denunciar en el Ministerio Público, porque sin denuncia nadie lo va a poder ayudar.",
        en = "Explain that he has to report to the Ministerio Público first. Without a complaint, no one will be able to help him.",
      },
      note = {
        es = "Él puede buscar apoyo antes de decidir si denuncia. Esa decisión es de él, y puede esperar.",
        en = "He can look for support before deciding whether to report. That decision is his, and it can wait.",
      },
      consequence = {
        es = "Wilmer entendió que la ayuda tenía condiciones. No volvió a preguntar.",
        en = "Wilmer understood that the help came with conditions. He did not ask again.",
      },
    },
  },

  scene "her_mother" {
    text = {
      es = "Días después, doña Tina viene a hablar con usted a solas. Está cansada y enojada. “Me avergonzó. Pedí prestado para mandarlo, y regresó sin nada. Nadie lo obligó: se fue porque quiso. La gente dice que fracasó. Ya ni sé cómo verlo.”",
      en = "Days later, doña Tina comes to talk to you alone. She is tired and angry. “He shamed me. I borrowed money to send him, and he came back with nothing. No one made him go: he wanted to. People say he failed. I don't even know how to look at him.”",
    },
    detail "short_calls" {
      indicator = "isolation",
      text = {
        es = "Doña Tina cuenta que, en año y medio, Wilmer llamó tres veces. Siempre corto, y con alguien al lado.",
        en = "Doña Tina says that in a year and a half Wilmer called three times. Always briefly, and with someone beside him.",
      },
    },
    choice {
      id = "tell_her_her_son_was_deceived",
      to = "association_meeting",
      practice = { "support_what_she_needs", "challenge_blame" },
      effects = { support = 1 },
      text = {
        es = "Decirle que Wilmer no tiene la culpa: lo engañaron. Que ahora la necesita. Ofrecerles apoyo a los dos.",
        en = "Tell her Wilmer is not to blame: he was deceived. That he needs her now. Offer your support to both.",
      },
      note = {
        es = "Bien. Wilmer aceptó un trabajo, no un engaño ni una deuda sin fin. La familia es central para que un sobreviviente rehaga su vida. Doña Tina también necesita apoyo.",
        en = "Good. Wilmer agreed to a job, not to being deceived or to a debt with no end. Family is central to a survivor rebuilding his life. Doña Tina needs support too.",
      },
    },
    choice {
      id = "tell_her_a_mother_forgives",
      to = "association_meeting",
      harm = "blame_her",
      effects = { support = -2 },
      text = {
        es = "Consolarla: “Sí, comadre, se equivocó al irse, pero ya regresó. Es su hijo, y una madre todo lo perdona.”",
        en = "Comfort her: “Yes, my friend, he made a mistake going, but he's back. He's your son, and a mother forgives everything.”",
      },
      note = {
        es = "Perdonarlo supone que hizo algo malo. A Wilmer lo engañaron: la culpa no es de él.",
        en = "Forgiving him assumes he did something wrong. Wilmer was deceived: it is not his fault.",
      },
      consequence = {
        es = "Doña Tina se quedó con la idea de que su hijo se equivocó, y la repitió en la casa. Wilmer se sintió solo también ahí.",
        en = "Doña Tina held on to the idea that her son had made a mistake, and said so at home. Wilmer felt alone there too.",
      },
    },
    choice {
      id = "tell_her_what_her_son_confided",
      to = "association_meeting",
      harm = "gossip_about_her",
      effects = { trust = -1 },
      text = {
        es = "Contarle lo que Wilmer le dijo a usted de la finca y del contratista, para que entienda bien lo que pasó allá.",
        en = "Tell her what Wilmer told you about the farm and the contractor, so that she understands what happened there.",
      },
      note = {
        es = "Lo que Wilmer le confió es de él. Si quiere que su mamá lo sepa, él decide cuándo y cómo contarlo.",
        en = "What Wilmer confided is his. If he wants his mother to know, he decides when and how to tell her.",
      },
      consequence = {
        es = "Doña Tina lloró y le reclamó a Wilmer lo que había oído. Wilmer supo de dónde venía, y dejó de contarle cosas a usted.",
        en = "Doña Tina cried and confronted Wilmer with what she had heard. Wilmer knew where it came from, and stopped confiding in you.",
      },
    },
  },

  scene "association_meeting" {
    text = {
      es = "Se reúne la asociación de padres de familia. El tema es cómo prevenir la trata. Doña Chusita dice: “Que nuestros hijos no se junten con Wilmer. Dicen que los que regresan vienen a llevarse a otros.” Alguien propone contar el caso de Wilmer como ejemplo en la charla.",
      en = "The parents' association meets. The topic is how to prevent trafficking. Doña Chusita says: “Keep our children away from Wilmer. They say the ones who come back come to take others.” Someone suggests telling Wilmer's story as an example in the talk.",
    },
    choice {
      id = "refuse_to_use_her_story",
      to = "her_own_pace",
      when = "trust >= 3 and safety >= 2 and support >= 2",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Wilmer no es tema de reunión, y que hay que recibirlo bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Wilmer's life is not a topic for a meeting, and that he should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Aceptarlo también es protegerlo.",
        en = "Good. You can prevent harm without pointing at anyone. Accepting him is also protecting him.",
      },
    },
    choice {
      id = "refuse_to_use_her_story_2",
      to = "safe_but_alone",
      when = "safety >= 1 and not (trust >= 3 and safety >= 2 and support >= 2)",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Wilmer no es tema de reunión, y que hay que recibirlo bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Wilmer's life is not a topic for a meeting, and that he should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Aceptarlo también es protegerlo.",
        en = "Good. You can prevent harm without pointing at anyone. Accepting him is also protecting him.",
      },
    },
    choice {
      id = "refuse_to_use_her_story_3",
      to = "back_to_the_network",
      when = "safety <= 0",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Wilmer no es tema de reunión, y que hay que recibirlo bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Wilmer's life is not a topic for a meeting, and that he should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Pero las amenazas de antes ya pesaban sobre Wilmer.",
        en = "Good. You can prevent harm without pointing at anyone. But the earlier threats already weighed on Wilmer.",
      },
    },
    choice {
      id = "tell_her_case_without_her_name",
      to = "back_to_the_network",
      when = "safety <= 1",
      harm = "expose_identity",
      text = {
        es = "Apoyar la idea, pero sin dar su nombre: contar el caso de “un muchacho de aquí que se fue a México”.",
        en = "Back the idea, but leave out his name: tell the story of “a lad from here who went off to Mexico”.",
      },
      note = {
        es = "En una aldea, todos saben quién es “un muchacho de aquí”. Su historia no es un ejemplo para una charla. Hable de las ofertas falsas, sin casos.",
        en = "In a village, everyone knows who “a lad from here” is. His story is not an example for a talk. Talk about fake offers, without cases.",
      },
      consequence = {
        es = "Nadie necesitó oír su nombre: todos sabían de quién se hablaba. La historia llegó a otras aldeas, y la red supo dónde encontrarlo.",
        en = "No one needed to hear his name: everyone knew who it was. The story reached other villages, and the network learned where to find him.",
      },
    },
    choice {
      id = "tell_her_case_without_her_name_2",
      to = "safe_but_alone",
      when = "safety >= 2",
      harm = "expose_identity",
      text = {
        es = "Apoyar la idea, pero sin dar su nombre: contar el caso de “un muchacho de aquí que se fue a México”.",
        en = "Back the idea, but leave out his name: tell the story of “a lad from here who went off to Mexico”.",
      },
      note = {
        es = "En una aldea, todos saben quién es “un muchacho de aquí”. Su historia no es un ejemplo para una charla. Hable de las ofertas falsas, sin casos.",
        en = "In a village, everyone knows who “a lad from here” is. His story is not an example for a talk. Talk about fake offers, without cases.",
      },
      consequence = {
        es = "Nadie necesitó oír su nombre: todos sabían de quién se hablaba. Desde entonces, en la aldea le dicen “el que fracasó”.",
        en = "No one needed to hear his name: everyone knew who it was. Since then, the village has called him “the one who failed”.",
      },
    },
    choice {
      id = "agree_to_keep_children_away",
      to = "back_to_the_network",
      when = "support <= 1",
      harm = "blame_her",
      text = {
        es = "Asentir para no pelear con nadie: “Por si acaso, mejor que nuestros hijos no anden con él un tiempo.”",
        en = "Nod along so as not to argue: “Just in case, better our children don't go around with him for a while.”",
      },
      consequence = {
        es = "La aldea le cerró las puertas a Wilmer. Sin trabajo y sin amigos, la deuda le pesaba cada día más.",
        en = "The village closed its doors to Wilmer. With no work and no friends, the debt weighed on him more each day.",
      },
    },
    choice {
      id = "agree_to_keep_children_away_2",
      to = "safe_but_alone",
      when = "support >= 2",
      harm = "blame_her",
      text = {
        es = "Asentir para no pelear con nadie: “Por si acaso, mejor que nuestros hijos no anden con él un tiempo.”",
        en = "Nod along so as not to argue: “Just in case, better our children don't go around with him for a while.”",
      },
      consequence = {
        es = "Varias familias le cerraron la puerta a Wilmer. Dejó de ir a la tienda y a la cancha.",
        en = "Several families shut their doors to Wilmer. He stopped going to the shop and to the football pitch.",
      },
    },
  },

  ending "her_own_pace" {
    outcome = "good",
    text = {
      es = "Tres meses después, Wilmer trabaja los sábados en la venta de atol. Los domingos juega con el equipo de la aldea. Cada quince días habla con una psicóloga; usted lo acompañó la primera vez. Con lo que gana, abona al préstamo de su mamá. Todavía no ha denunciado. Dice que lo hará cuando su mamá esté segura, y es su decisión. A veces vuelve a reír. En la aldea ya casi nadie habla de él.",
      en = "Three months later, Wilmer works at the atol stall on Saturdays. On Sundays he plays for the village team. Every two weeks he talks with a psychologist; you went with him the first time. What he earns goes towards his mother's loan. He has not reported yet. He says he will when his mother is safe, and it is his decision. Sometimes he laughs again. In the village, hardly anyone talks about him now.",
    },
  },

  ending "safe_but_alone" {
    outcome = "mixed",
    text = {
      es = "Wilmer sigue en la aldea. La red no ha vuelto a llamar, por ahora. Pero casi no sale de la casa. Siente las miradas en la tienda y en la cancha. No tiene trabajo ni con quién hablar. Está a salvo, pero solo.",
      en = "Wilmer is still in the village. The network has not called again, for now. But he hardly leaves the house. He feels the stares at the shop and on the football pitch. He has no work and no one to talk to. He is safe, but alone.",
    },
  },

  ending "report_without_her" {
    outcome = "mixed",
    text = {
      es = "La denuncia existe, pero Wilmer no quiso volver a declarar y el caso se detuvo. Ya no le habla a usted. Sigue en la aldea, encerrado en la casa. Los de allá siguen llamando a su mamá.",
      en = "The complaint exists, but Wilmer refused to give any further statement and the case stalled. He no longer speaks to you. He is still in the village, shut inside the house. The people from over there keep calling his mother.",
    },
  },

  ending "back_to_the_network" {
    outcome = "bad",
    text = {
      es = "Una mañana, Wilmer ya no estaba. Le dejó una nota a su mamá: “Me voy a pagar lo que debo. No me busquen.” El contratista lo estaba esperando. En la aldea, algunos dijeron: “Ya sabíamos.” Nadie se preguntó qué lo empujó a irse.",
      en = "One morning, Wilmer was gone. He left his mother a note: “I'm going to pay what I owe. Don't look for me.” The contractor was waiting for him. In the village, some people said: “We knew it.” No one asked what pushed him to leave.",
    },
  },
}
