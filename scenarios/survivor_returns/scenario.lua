-- A young woman comes home to her village after being exploited in Mexico, and the village talks.
-- Los Encinos, Marleny, doña Tina, doña Chusita and "la señora" are fictional; the institutions are
-- real. Written for community classes: plain, short sentences. What happened to her is never
-- described; signs appear only in what she chooses to let slip.

return scenario {
  title = { es = "De vuelta en la aldea", en = "Back in the village" },
  summary = {
    es = "Marleny, de 19 años, regresa a la aldea después de año y medio en México. La gente habla. Usted vive al lado de su casa.",
    en = "Marleny, 19, comes home to the village after a year and a half in Mexico. People talk. You live next door.",
  },
  audience = "community",
  person = { age = "adult", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true },
  setting = { country = "GT", institution = "community" },
  minutes = 15,
  difficulty = 1,
  feedback = "immediate",
  objectives = {
    {
      es = "Recibir a una sobreviviente sin culparla y sin preguntarle qué le pasó.",
      en = "Welcome a survivor home without blaming her or asking what happened to her.",
    },
    {
      es = "Frenar el chisme y cuidar su identidad.",
      en = "Stop the gossip and protect her identity.",
    },
    {
      es = "Apoyar lo que ella necesita: un ingreso, su salud mental, su familia y sentirse aceptada.",
      en = "Support what she needs: an income, her mental health, her family and being accepted.",
    },
    {
      es = "Ayudarla a llegar a los servicios si ella quiere. Respetar lo que decide.",
      en = "Help her reach services if she wants. Respect what she decides.",
    },
  },
  content_note = {
    es = "Esta historia trata de una joven que regresa a su aldea después de ser explotada. No se describe lo que vivió. Hay chismes, deudas y amenazas. Puede recordar experiencias personales. Puede hacer una pausa cuando quiera.",
    en = "This story is about a young woman who comes home after being exploited. What she went through is not described. There is gossip, debt and threats. It may bring back personal experiences. You can pause whenever you want.",
  },
  start = "shop",
  -- trust: how much Marleny trusts you; safety: how safe she and her family are from the network;
  -- support: how much acceptance and practical support she has from family and village.
  vars = { trust = 1, safety = 2, support = 1 },

  scene "shop" {
    text = {
      es = "Sábado en la mañana, en la tienda de doña Chusita, en la aldea Los Encinos. Hay cola para el pan. Todos hablan de lo mismo. Marleny, la hija de doña Tina, regresó hace ocho días. Tiene 19 años. Se fue hace año y medio a trabajar en un comedor en México. “Dicen que allá andaba en malos pasos”, dice una señora. “Volvió sin un centavo. La deportaron”, dice otra. Todos se le quedan viendo. Usted vive al lado de doña Tina.",
      en = "Saturday morning at doña Chusita's shop in the village of Los Encinos. There is a queue for bread. Everyone is talking about the same thing. Marleny, doña Tina's daughter, came back eight days ago. She is 19. She left a year and a half ago to work at an eatery in Mexico. “They say she got into bad ways over there,” one woman says. “She came back without a cent. She was deported,” says another. Everyone turns to you. You live next door to doña Tina.",
    },
    prompt = {
      es = "¿Qué le hace el chisme a una muchacha que regresa? ¿Qué puede decir usted cuando lo oye?",
      en = "What does gossip do to a young woman who comes back? What can you say when you hear it?",
    },
    detail "deported" {
      neutral = true,
      text = {
        es = "La deportaron de México por no tener papeles.",
        en = "She was deported from Mexico for having no papers.",
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
        es = "Decir: “Eso no es asunto nuestro. Y si algo le pasó, no es culpa de ella.” Y pedir su pan.",
        en = "Say: “That's none of our business. If something happened to her, it's not her fault.” Ask for your bread.",
      },
      note = {
        es = "Bien. Cortar el chisme protege a Marleny. Y les recuerda a todos que la culpa no es de ella.",
        en = "Good. Cutting the gossip short protects Marleny. And it reminds everyone that she is not to blame.",
      },
    },
    choice {
      id = "repeat_what_her_mother_told_you",
      to = "visit",
      harm = "gossip_about_her",
      effects = { trust = -1, safety = -1, support = -1 },
      text = {
        es = "Defenderla: “Pobre patoja. Doña Tina me contó que volvió sin su DPI y que ya no sale de la casa.”",
        en = "Stand up for her: “Poor girl. Doña Tina told me she came back without her ID card and won't leave the house.”",
      },
      note = {
        es = "Aunque sea con cariño, contar lo que le confiaron es chisme. Lo que usted sabe de ella, guárdelo.",
        en = "Even said kindly, passing on what you were told in confidence is gossip. Keep what you know about her to yourself.",
      },
      consequence = {
        es = "Para la tarde, media aldea lo sabía. El chisme llegó a Marleny, y supo que venía de usted.",
        en = "By the afternoon half the village knew. The gossip reached Marleny, and she knew it came from you.",
      },
    },
    choice {
      id = "say_girls_go_north_for_money",
      to = "visit",
      harm = "blame_her",
      effects = { support = -1 },
      text = {
        es = "Decir: “Uno les advierte a las patojas, pero igual se van al norte detrás del dinero fácil.”",
        en = "Say: “We warn these girls again and again, but they still go north chasing easy money.”",
      },
      consequence = {
        es = "La idea de la “migración fracasada” corrió por la aldea. Doña Tina la oyó y la repitió en su casa.",
        en = "The idea of a “failed migration” spread around the village. Doña Tina heard it and repeated it at home.",
      },
    },
  },

  scene "visit" {
    text = {
      es = "En la tarde, usted lleva unos tamales a la casa de doña Tina. Marleny está sentada en el patio. Lleva su corte y su huipil. Habla en k'iche' con su abuela. Saluda sin levantar la vista. Doña Tina dice bajito: “Casi no come. No duerme. No quiere salir.”",
      en = "In the afternoon you take some tamales to doña Tina's house. Marleny is sitting in the yard. She is wearing her corte and huipil. She speaks K'iche' with her grandmother. She says hello without looking up. Doña Tina says quietly: “She hardly eats. She doesn't sleep. She won't go out.”",
    },
    detail "huipil" {
      neutral = true,
      text = {
        es = "Lleva corte y huipil.",
        en = "She wears a corte and a huipil, traditional Maya clothing.",
      },
      why = {
        es = "Su ropa dice de dónde es, no lo que le pasó. La ropa maya nunca es una señal de trata.",
        en = "Her clothes say where she is from, not what happened to her. Maya dress is never a sign of trafficking.",
      },
    },
    detail "speaks_kiche" {
      neutral = true,
      text = {
        es = "Habla k'iche' con su abuela.",
        en = "She speaks K'iche' with her grandmother.",
      },
      why = {
        es = "Hablar un idioma maya no es señal de nada. Es su idioma.",
        en = "Speaking a Mayan language is not a sign of anything. It is her language.",
      },
    },
    detail "lost_count_of_days" {
      indicator = "lost_sense_of_time",
      text = {
        es = "Pregunta qué día es hoy. Dice que allá perdió la cuenta de los días.",
        en = "She asks what day it is. She says that over there she lost count of the days.",
      },
    },
    choice {
      id = "greet_her_like_any_neighbour",
      to = "ordinary_days",
      practice = "let_her_lead",
      effects = { trust = 1 },
      text = {
        es = "Saludarla como a cualquier vecina. Decirle que le da gusto verla y platicar de cosas del día.",
        en = "Greet her like any neighbour. Tell her you are glad to see her and chat about everyday things.",
      },
      note = {
        es = "Bien. Sin preguntas sobre México, Marleny puede estar tranquila con usted. Ella decide qué contar, y cuándo.",
        en = "Good. With no questions about Mexico, Marleny can feel at ease with you. She decides what to tell, and when.",
      },
    },
    choice {
      id = "ask_what_happened_there",
      to = "shut_down",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Sentarse a su lado y tomarle la mano: “Aquí estamos para lo que necesités, mija. ¿Qué te pasó allá?”",
        en = "Sit beside her and take her hand: “We're here for whatever you need, dear. What happened to you there?”",
      },
      note = {
        es = "Aunque se pregunte con cariño, esa pregunta la lleva de vuelta a lo peor. Salúdela y hable de hoy. Ella decide qué contar.",
        en = "Even asked kindly, that question takes her back to the worst of it. Greet her and talk about today. She decides what to tell.",
      },
      consequence = {
        es = "La pregunta la llevó de vuelta a lo peor, delante de una vecina. Se levantó y se encerró.",
        en = "The question took her back to the worst of it, in front of a neighbour. She got up and shut herself in.",
      },
    },
    choice {
      id = "ask_why_she_did_not_check",
      to = "shut_down",
      harm = "blaming_question",
      effects = { trust = -2 },
      text = {
        es = "Darle un consejo con cariño: “¿Por qué no averiguaste bien antes de irte, mija? Era peligroso.”",
        en = "Give her some kindly advice: “Why didn't you look into it before you went, dear? It was dangerous.”",
      },
      note = {
        es = "Esa pregunta le dice que usted la culpa. Mejor no pregunte, y dígale que se alegra de verla.",
        en = "That question tells her you blame her. Better not to ask, and to say you are glad to see her.",
      },
      consequence = {
        es = "La pregunta le dijo que usted la culpaba. Se levantó y se encerró en su cuarto.",
        en = "The question told her that you blamed her. She got up and shut herself in her room.",
      },
    },
  },

  scene "shut_down" {
    text = {
      es = "Marleny se levanta y entra a la casa sin decir nada. Se oye la puerta de su cuarto. Doña Tina suspira. “Así se pone cuando le preguntan. Anoche lloró hasta tarde.”",
      en = "Marleny gets up and goes into the house without a word. You hear her bedroom door shut. Doña Tina sighs. “That's how she gets when people ask. Last night she cried until late.”",
    },
    choice {
      id = "apologise_and_give_her_space",
      to = "ordinary_days",
      practice = "pause_and_support",
      effects = { trust = 1 },
      text = {
        es = "Pedirle perdón a doña Tina. Que le diga a Marleny que no tiene que contar nada. Volver otro día a saludar.",
        en = "Apologise to doña Tina. Ask her to tell Marleny she needn't tell anything. Come back another day to say hello.",
      },
      note = {
        es = "Bien. Reconocer el error y darle espacio también es cuidarla.",
        en = "Good. Admitting the mistake and giving her space is also a way of caring.",
      },
    },
    choice {
      id = "knock_on_her_door",
      to = "ordinary_days",
      harm = "ask_for_her_story_again",
      effects = { trust = -1 },
      text = {
        es = "Tocar la puerta de su cuarto y hablarle suave: “Es mejor que lo saqués, mija. Aquí estoy yo para escucharte.”",
        en = "Knock on her bedroom door and speak softly: “It's better to let it out, dear. I'm right here to listen.”",
      },
      consequence = {
        es = "Marleny no abrió. Desde ese día, cuando usted llega, ella se va a otro cuarto.",
        en = "Marleny did not open the door. From that day on, whenever you come over, she goes to another room.",
      },
    },
    choice {
      id = "ask_her_mother_to_find_out",
      to = "ordinary_days",
      harm = "ask_for_her_story_again",
      effects = { trust = -1 },
      text = {
        es = "Pedirle a doña Tina que hable ella con Marleny, que a su mamá sí le va a contar, y que después le avise.",
        en = "Ask doña Tina to talk to Marleny herself, since she'll open up to her own mother, and to let you know afterwards.",
      },
      note = {
        es = "Pedirle a la mamá que le saque la historia es volver a preguntarle, por otro camino. Déjela en paz y vuelva otro día, solo a saludar.",
        en = "Asking her mother to get the story out of her is asking again, by another road. Leave her be and come back another day, just to say hello.",
      },
      consequence = {
        es = "Doña Tina le preguntó esa noche. Marleny supo que la pregunta venía de usted, y dejó de salir al patio cuando usted llegaba.",
        en = "Doña Tina asked her that night. Marleny realised the question came from you, and stopped coming out to the yard when you visited.",
      },
    },
  },

  scene "ordinary_days" {
    text = {
      es = "Pasan dos semanas. Un día, doña Tina le pide ayuda para desgranar maíz. Marleny se sienta con ustedes. Habla poco, pero habla. “No quiero que me vean con lástima. Quiero trabajar. Quiero ayudar a mi mamá.” Dice que de noche no puede dormir. Cuenta también que se fue por un trabajo en un comedor. “No era un comedor.” Y no dice más.",
      en = "Two weeks go by. One day doña Tina asks you to help shell corn. Marleny sits with you. She says little, but she talks. “I don't want people looking at me with pity. I want to work. I want to help my mother.” She says she can't sleep at night. She also says she left for a job at an eatery. “It wasn't an eatery.” And she says no more.",
    },
    prompt = {
      es = "Marleny no habla de lo que pasó, sino de lo que necesita hoy. ¿Qué le podría ofrecer usted?",
      en = "Marleny talks not about what happened but about what she needs today. What could you offer her?",
    },
    detail "not_an_eatery" {
      indicator = "deceptive_job_offer",
      text = {
        es = "Le ofrecieron trabajo en un comedor. Encontró otra cosa.",
        en = "She was offered work at an eatery. She found something else.",
      },
    },
    detail "never_paid" {
      indicator = "no_pay",
      when = "trust >= 2",
      text = {
        es = "Cuenta que allá nunca le pagaron. “La señora decía que todo iba para mi deuda.”",
        en = "She says she was never paid over there. “The woman said it all went to my debt.”",
      },
    },
    detail "still_owes" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "Dice que todavía debe. Según la señora, la deuda subía cada mes, aunque ella trabajaba todos los días.",
        en = "She says she still owes money. According to the woman, the debt went up every month, though she worked every day.",
      },
    },
    choice {
      id = "offer_work_at_the_atol_stall",
      to = "phone_call",
      practice = "support_what_she_needs",
      effects = { trust = 1, support = 1 },
      text = {
        es = "Preguntarle qué le ayudaría. Ofrecerle trabajo en su venta de atol los sábados. Contarle del grupo de tejido.",
        en = "Ask her what would help. Offer her Saturday work at your atol stall, and tell her about the weaving group.",
      },
      note = {
        es = "Bien. Un ingreso y compañía ayudan más que muchas preguntas. Eso dicen las sobrevivientes.",
        en = "Good. An income and company help more than lots of questions. That is what survivors say.",
      },
    },
    choice {
      id = "ask_who_the_woman_was",
      to = "distress",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Aprovechar que por fin habla: “¿Quién era esa señora? ¿Qué te ponía a hacer? Contame, así te desahogás.”",
        en = "Make the most of her finally talking: “Who was that woman? What did she make you do? Tell me, it'll help.”",
      },
      note = {
        es = "Que hable no quiere decir que quiera contar. Ella habló de lo que necesita hoy: eso es lo que usted puede apoyar.",
        en = "Talking does not mean she wants to tell. She spoke about what she needs today: that is what you can support.",
      },
      consequence = {
        es = "La pregunta la regresó de golpe a lo que quiere olvidar.",
        en = "The question threw her straight back into what she wants to forget.",
      },
    },
    choice {
      id = "tell_her_she_should_have_listened",
      to = "phone_call",
      harm = "blame_her",
      effects = { trust = -2, support = -1 },
      text = {
        es = "Hablarle claro, como buena vecina: “Ojalá hubieras hecho caso, mija. Tu pobre mamá ha sufrido mucho por todo esto.”",
        en = "Speak plainly, as a good neighbour: “If only you had listened, dear. Your poor mother has suffered a lot over all this.”",
      },
      consequence = {
        es = "Marleny bajó la cabeza. Ya cargaba esa culpa, y usted le puso más peso.",
        en = "Marleny lowered her head. She already carried that guilt, and you added to the weight.",
      },
    },
  },

  scene "distress" {
    text = {
      es = "Marleny deja el maíz. Le tiemblan las manos. Se tapa la cara y se queda callada. Doña Tina la mira, asustada.",
      en = "Marleny puts the corn down. Her hands are shaking. She covers her face and stays silent. Doña Tina looks at her, frightened.",
    },
    choice {
      id = "stop_and_sit_with_her",
      to = "phone_call",
      practice = "pause_and_support",
      effects = { trust = 1 },
      text = {
        es = "Parar. Decirle que no tiene que contar nada, y quedarse en silencio a su lado hasta que se calme.",
        en = "Stop. Tell her she doesn't have to tell anything, and sit quietly beside her until she is calmer.",
      },
      note = {
        es = "Bien. Cuando se angustia, lo primero es parar y acompañar. Su historia no hace falta. Si un día quiere hablar con alguien preparado, usted le puede ayudar a buscarlo.",
        en = "Good. When she is distressed, first stop and stay with her. Her story is not needed. If she ever wants to talk to a trained person, you can help her find one.",
      },
    },
    choice {
      id = "urge_her_to_let_it_out",
      to = "phone_call",
      harm = "ask_for_her_story_again",
      effects = { trust = -2 },
      text = {
        es = "Tomarle las manos y seguir: “Si no lo sacás, te vas a enfermar, mija. Contame, aquí nadie te juzga.”",
        en = "Take her hands and keep going: “If you don't let it out, you'll get sick, dear. Tell me, no one here judges you.”",
      },
      consequence = {
        es = "Marleny se fue corriendo a su cuarto. Esa noche no durmió. Aprendió que con usted no está a salvo de las preguntas.",
        en = "Marleny ran to her room. She did not sleep that night. She learned that with you she is not safe from questions.",
      },
    },
  },

  scene "phone_call" {
    text = {
      es = "Un sábado, Marleny está con usted en el patio. Su celular suena. Contesta y se pone pálida. Cuelga rápido. Le tiemblan las manos.",
      en = "One Saturday, Marleny is with you in the yard. Her phone rings. She answers and turns pale. She hangs up quickly. Her hands are shaking.",
    },
    prompt = {
      es = "¿Qué riesgos correría Marleny si usted devuelve la llamada? ¿Y si la obliga a denunciar?",
      en = "What risks would Marleny face if you called back? And if you forced her to report?",
    },
    detail "they_call" {
      indicator = "threat_of_denunciation",
      when = "trust >= 2",
      text = {
        es = "Eran “los de allá”. Si no paga, le van a cobrar a su mamá. Y van a contar en la aldea lo que ella hacía.",
        en = "It was “the people from over there”. If she doesn't pay, they will collect from her mother. And they will tell the village what she did.",
      },
    },
    detail "no_dpi" {
      indicator = "documents_held",
      when = "trust >= 2",
      text = {
        es = "Dice que no puede buscar trabajo en la ciudad. Su DPI se quedó con la señora.",
        en = "She says she can't look for work in the city. Her ID card stayed with the woman.",
      },
    },
    detail "no_one" {
      indicator = "protects_exploiter",
      when = "trust < 2",
      text = {
        es = "Dice que no era nadie. “No quiero problemas con nadie. Allá me trataban bien.”",
        en = "She says it was no one. “I don't want trouble with anyone. They treated me well there.”",
      },
    },
    choice {
      id = "ask_what_she_fears",
      to = "services",
      practice = { "respect_her_assessment", "safety_plan" },
      effects = { trust = 1 },
      text = {
        es = "Preguntarle qué teme y qué quiere hacer. Anotar el número y pensar con ella qué hacer si vuelven a llamar.",
        en = "Ask her what she fears and what she wants to do. Write down the number and plan with her what to do if they call again.",
      },
      note = {
        es = "Bien. Ella conoce el peligro mejor que nadie. Los pasos se deciden con ella.",
        en = "Good. She knows the danger better than anyone. The next steps are decided with her.",
      },
    },
    choice {
      id = "call_them_back",
      to = "threat_grows",
      harm = "confront_recruiter_alone",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Pedirle el celular y devolver la llamada. Decirles que ya saben quiénes son y que los van a denunciar.",
        en = "Ask for her phone and call them back. Tell them you know who they are and that you will report them.",
      },
      note = {
        es = "Llamarlos le avisa a la red que ella habló. Guarde el número y, si ella quiere, que lo investiguen la PNC o el Ministerio Público.",
        en = "Calling them tells the network that she talked. Keep the number and, if she wants, let the PNC or the Ministerio Público investigate.",
      },
      consequence = {
        es = "La red supo que Marleny había hablado con alguien. Al día siguiente, las amenazas llegaron a su casa.",
        en = "The network learned that Marleny had talked to someone. The next day, the threats reached her home.",
      },
    },
    choice {
      id = "take_her_to_the_pnc_today",
      to = "pushed",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Llevarla hoy mismo a la PNC, la Policía Nacional Civil, para que denuncie mientras las amenazas están frescas.",
        en = "Take her to the PNC, the National Civil Police, today, so she can report while the threats are still fresh.",
      },
      note = {
        es = "Denunciar puede traerle riesgos a ella y a su mamá. Ella es adulta: decide si denuncia, y cuándo.",
        en = "Reporting may bring risks for her and her mother. She is an adult: she decides whether to report, and when.",
      },
      consequence = {
        es = "Marleny sintió que otra vez alguien decidía por ella. Fue a la PNC asustada y sin estar lista.",
        en = "Marleny felt that once again someone was deciding for her. She went to the PNC frightened and not ready.",
      },
    },
  },

  scene "threat_grows" {
    text = {
      es = "Al otro día, un carro sin placas se para frente a su casa. Se queda una hora. Después, doña Tina recibe un mensaje: “La deuda sigue. Ya sabemos dónde viven.” Marleny está furiosa y asustada. “¿Por qué hizo eso? Ahora saben que hablé.”",
      en = "The next day, a car with no number plates stops outside doña Tina's house. It stays for an hour. Later doña Tina gets a message: “The debt still stands. We know where you live.” Marleny is furious and scared. “Why did you do that? Now they know I talked.”",
    },
    detail "threat_to_family" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Amenazan a la familia para que ella pague.",
        en = "They threaten her family to make her pay.",
      },
    },
    choice {
      id = "apologise_and_ask_what_she_wants",
      to = "services",
      practice = { "respect_her_assessment", "help_reach_services" },
      effects = { trust = 1 },
      text = {
        es = "Pedirle perdón. Preguntarle qué quiere hacer ahora. Si decide denunciar, ofrecerle acompañarla al Ministerio Público.",
        en = "Apologise. Ask her what she wants to do now. If she decides to report, offer to go with her to the Ministerio Público.",
      },
      note = {
        es = "Bien, aunque el daño ya está hecho. Ahora las decisiones las toma ella. El Ministerio Público es el que investiga los delitos.",
        en = "Good, though the harm is done. From now on, she makes the decisions. The Ministerio Público is the office that investigates crimes.",
      },
    },
    choice {
      id = "wait_for_it_to_calm_down",
      to = "back_to_the_network",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Decirles que esa gente solo quiere asustar, que no le den importancia y que esperen a que se calmen las cosas.",
        en = "Tell them those people only want to scare them, so pay it no mind and wait for things to calm down.",
      },
      note = {
        es = "Marleny tiene miedo, y tiene razones. Pregúntele qué quiere hacer, y si ella quiere, acompáñela a pedir ayuda.",
        en = "Marleny is afraid, and she has reasons. Ask her what she wants to do and, if she wants, go with her to ask for help.",
      },
      consequence = {
        es = "Nadie hizo nada. Las amenazas siguieron llegando a doña Tina, y Marleny se quedó sola con el miedo y la deuda.",
        en = "No one did anything. The threats kept coming to doña Tina, and Marleny was left alone with the fear and the debt.",
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
        es = "Con buena intención, usted le contó a la aldea lo que ella vive. Pregúntele primero a ella qué quiere. Ante amenazas, la PNC y el Ministerio Público pueden actuar.",
        en = "With good intentions, you told the village what she is going through. Ask her first what she wants. When there are threats, the PNC and the Ministerio Público can act.",
      },
      consequence = {
        es = "Para el domingo, toda la aldea hablaba de “los de México” que buscaban a Marleny. La historia corrió, y la red supo que se sabía.",
        en = "By Sunday the whole village was talking about “the people from Mexico” looking for Marleny. The story spread, and the network knew it was out.",
      },
    },
  },

  scene "pushed" {
    text = {
      es = "En la PNC, un agente le pide a Marleny que cuente todo desde el principio. Ella mira el piso. Contesta con una palabra. Después se vuelve hacia usted. “Usted decidió por mí. Igual que ellos.”",
      en = "At the PNC, an officer asks Marleny to tell everything from the beginning. She stares at the floor. She answers in single words. Then she turns to you. “You decided for me. Just like them.”",
    },
    choice {
      id = "tell_the_officer_she_is_not_ready",
      to = "services",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Decirle al agente que ella no está lista, y salir con ella. Pedirle perdón: la decisión es de ella.",
        en = "Tell the officer she isn't ready, and leave with her. Apologise: the decision is hers.",
      },
      note = {
        es = "Bien. La denuncia puede esperar a que ella quiera. Forzarla la aleja de la ayuda.",
        en = "Good. The complaint can wait until she wants it. Forcing her drives her away from help.",
      },
    },
    choice {
      id = "urge_her_to_sign",
      to = "report_without_her",
      harm = "push_to_report",
      text = {
        es = "Quedarse a su lado y animarla a firmar, ya que están ahí: “Es por tu bien, mija. Yo te acompaño.”",
        en = "Stay beside her and encourage her to sign, since you are already there: “It's for your own good, dear. I'm with you.”",
      },
      consequence = {
        es = "Marleny firmó para que la dejaran ir. Dos semanas después, no quiso volver a declarar.",
        en = "Marleny signed so they would let her go. Two weeks later, she refused to give any further statement.",
      },
    },
    choice {
      id = "tell_the_officer_what_she_told_you",
      to = "report_without_her",
      harm = "push_to_report",
      effects = { trust = -1 },
      text = {
        es = "Contarle usted al agente lo que Marleny le ha dicho, para que ella no tenga que repetirlo.",
        en = "Tell the officer yourself what Marleny has told you, so that she doesn't have to repeat it.",
      },
      note = {
        es = "Lo que ella le confió no es suyo para contarlo. Ella decide si denuncia, y qué cuenta.",
        en = "What she confided in you is not yours to tell. She decides whether to report, and what to say.",
      },
      consequence = {
        es = "El agente anotó lo que usted dijo. Marleny no dijo nada más. Cuando la citaron para confirmarlo, no fue.",
        en = "The officer wrote down what you said. Marleny said nothing more. When she was called back to confirm it, she did not go.",
      },
    },
  },

  scene "services" {
    text = {
      es = "Una tarde, Marleny le pregunta bajito: “¿Y adónde se va, para pedir ayuda?” Usted le cuenta lo que sabe. La SVET es del gobierno y coordina la ayuda a las víctimas de trata. En el Ministerio Público se pone la denuncia. Marleny escucha. “Denunciar, todavía no. Me da miedo por mi mamá. Pero sí quiero hablar con alguien. No puedo dormir.”",
      en = "One afternoon Marleny asks you quietly: “And where can a person go to get help?” You tell her what you know. The SVET is part of the government and coordinates help for trafficking victims. The Ministerio Público is where you make a complaint. Marleny listens. “Reporting, not yet. I'm afraid for my mother. But I do want to talk to someone. I can't sleep.”",
    },
    detail "not_allowed_out" {
      indicator = "not_free_to_leave",
      when = "trust >= 3",
      text = {
        es = "Cuenta que allá había otras muchachas. No las dejaban salir solas.",
        en = "She says there were other girls there. They were not allowed out alone.",
      },
    },
    detail "defends_the_woman" {
      indicator = "protects_exploiter",
      when = "trust >= 3",
      text = {
        es = "Defiende a la señora: “No era mala. Me daba de comer.”",
        en = "She defends the woman: “She wasn't bad. She fed me.”",
      },
    },
    choice {
      id = "offer_to_go_with_her_to_ask",
      to = "her_mother",
      practice = { "help_reach_services", "respect_her_assessment" },
      text = {
        es = "Respetar que todavía no quiera denunciar. Ofrecerle ir con ella a una organización de apoyo o a la SVET.",
        en = "Respect that she doesn't want to report yet. Offer to go with her to a support organisation or to the SVET.",
      },
      note = {
        es = "Bien. Usted le abre la puerta. Ella decide si entra, y cuándo.",
        en = "Good. You open the door. She decides whether to go through it, and when.",
      },
    },
    choice {
      id = "promise_they_will_all_be_jailed",
      to = "her_mother",
      harm = "promise_you_cannot_keep",
      effects = { trust = -2 },
      text = {
        es = "Darle ánimo: “Si denunciás en el Ministerio Público, los agarran a todos y ya nunca te van a molestar.”",
        en = "Encourage her: “If you report them to the Ministerio Público, they'll catch them all and never bother you again.”",
      },
      note = {
        es = "Nadie puede prometer eso. Dígale con honestidad qué puede pasar y qué no depende de usted.",
        en = "No one can promise that. Tell her honestly what may happen and what is not in your hands.",
      },
      consequence = {
        es = "Marleny se ilusionó. Después supo que las denuncias tardan y no siempre terminan en condena. Dejó de creerle.",
        en = "Marleny got her hopes up. Later she learned that complaints take time and do not always end in a conviction. She stopped believing you.",
      },
    },
    choice {
      id = "tell_her_to_report_first",
      to = "her_mother",
      harm = "push_to_report",
      effects = { trust = -2 },
      text = {
        es = "Explicarle que primero tiene que denunciar en el Ministerio Público, porque sin denuncia nadie la va a poder ayudar.",
        en = "Explain that she has to report to the Ministerio Público first. Without a complaint, no one will be able to help her.",
      },
      note = {
        es = "Ella puede buscar apoyo antes de decidir si denuncia. Esa decisión es de ella, y puede esperar.",
        en = "She can look for support before deciding whether to report. That decision is hers, and it can wait.",
      },
      consequence = {
        es = "Marleny entendió que la ayuda tenía condiciones. No volvió a preguntar.",
        en = "Marleny understood that the help came with conditions. She did not ask again.",
      },
    },
  },

  scene "her_mother" {
    text = {
      es = "Días después, doña Tina viene a hablar con usted a solas. Está cansada y enojada. “Me avergonzó. Se fue a buscar dinero y regresó con deudas. La gente habla. Ya ni sé cómo verla.”",
      en = "Days later, doña Tina comes to talk to you alone. She is tired and angry. “She shamed me. She went to make money and came back with debts. People talk. I don't even know how to look at her.”",
    },
    detail "short_calls" {
      indicator = "isolation",
      text = {
        es = "Doña Tina cuenta que, en año y medio, Marleny llamó tres veces. Siempre corto, y con alguien al lado.",
        en = "Doña Tina says that in a year and a half Marleny called three times. Always briefly, and with someone beside her.",
      },
    },
    choice {
      id = "tell_her_marleny_was_deceived",
      to = "association_meeting",
      practice = { "support_what_she_needs", "challenge_blame" },
      effects = { support = 1 },
      text = {
        es = "Decirle que Marleny no tiene la culpa: la engañaron. Que ahora la necesita. Ofrecerles apoyo a las dos.",
        en = "Tell her Marleny is not to blame: she was deceived. That she needs her now. Offer your support to both.",
      },
      note = {
        es = "Bien. La familia es central para que una sobreviviente rehaga su vida. Doña Tina también necesita apoyo.",
        en = "Good. Family is central to a survivor rebuilding her life. Doña Tina needs support too.",
      },
    },
    choice {
      id = "tell_her_a_mother_forgives",
      to = "association_meeting",
      harm = "blame_her",
      effects = { support = -2 },
      text = {
        es = "Consolarla: “Sí, comadre, se equivocó al irse, pero ya regresó. Es su hija, y una madre todo lo perdona.”",
        en = "Comfort her: “Yes, my friend, she made a mistake going, but she's back. She's your daughter, and a mother forgives everything.”",
      },
      note = {
        es = "Perdonarla supone que hizo algo malo. A Marleny la engañaron: la culpa no es de ella.",
        en = "Forgiving her assumes she did something wrong. Marleny was deceived: it is not her fault.",
      },
      consequence = {
        es = "Doña Tina se quedó con la idea de que su hija se equivocó, y la repitió en la casa. Marleny se sintió sola también ahí.",
        en = "Doña Tina held on to the idea that her daughter had made a mistake, and said so at home. Marleny felt alone there too.",
      },
    },
    choice {
      id = "tell_her_what_marleny_confided",
      to = "association_meeting",
      harm = "gossip_about_her",
      effects = { trust = -1 },
      text = {
        es = "Contarle lo que Marleny le dijo a usted del comedor y de la señora, para que entienda bien lo que pasó allá.",
        en = "Tell her what Marleny told you about the eatery and the woman, so that she understands what happened there.",
      },
      note = {
        es = "Lo que Marleny le confió es de ella. Si quiere que su mamá lo sepa, ella decide cuándo y cómo contarlo.",
        en = "What Marleny confided is hers. If she wants her mother to know, she decides when and how to tell her.",
      },
      consequence = {
        es = "Doña Tina lloró y le reclamó a Marleny lo que había oído. Marleny supo de dónde venía, y dejó de contarle cosas a usted.",
        en = "Doña Tina cried and confronted Marleny with what she had heard. Marleny knew where it came from, and stopped confiding in you.",
      },
    },
  },

  scene "association_meeting" {
    text = {
      es = "Se reúne la asociación de padres de familia. El tema es cómo prevenir la trata. Doña Chusita dice: “Que nuestras hijas no se junten con Marleny. Dicen que las que regresan vienen a llevarse a otras.” Alguien propone contar el caso de Marleny como ejemplo en la charla.",
      en = "The parents' association meets. The topic is how to prevent trafficking. Doña Chusita says: “Keep our daughters away from Marleny. They say the ones who come back come to take others.” Someone suggests telling Marleny's story as an example in the talk.",
    },
    choice {
      id = "refuse_to_use_her_story",
      to = "her_own_pace",
      when = "trust >= 3 and safety >= 2 and support >= 2",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Marleny no es tema de reunión, y que hay que recibirla bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Marleny's life is not a topic for a meeting, and that she should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Aceptarla también es protegerla.",
        en = "Good. You can prevent harm without pointing at anyone. Accepting her is also protecting her.",
      },
    },
    choice {
      id = "refuse_to_use_her_story_2",
      to = "safe_but_alone",
      when = "safety >= 1 and not (trust >= 3 and safety >= 2 and support >= 2)",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Marleny no es tema de reunión, y que hay que recibirla bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Marleny's life is not a topic for a meeting, and that she should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Aceptarla también es protegerla.",
        en = "Good. You can prevent harm without pointing at anyone. Accepting her is also protecting her.",
      },
    },
    choice {
      id = "refuse_to_use_her_story_3",
      to = "back_to_the_network",
      when = "safety <= 0",
      practice = { "refuse_gossip", "challenge_blame" },
      text = {
        es = "Decir que la vida de Marleny no es tema de reunión, y que hay que recibirla bien. Hablar de ofertas de trabajo falsas.",
        en = "Say Marleny's life is not a topic for a meeting, and that she should be welcomed. Talk about fake job offers.",
      },
      note = {
        es = "Bien. Se puede prevenir sin señalar a nadie. Pero las amenazas de antes ya pesaban sobre Marleny.",
        en = "Good. You can prevent harm without pointing at anyone. But the earlier threats already weighed on Marleny.",
      },
    },
    choice {
      id = "tell_her_case_without_her_name",
      to = "back_to_the_network",
      when = "safety <= 1",
      harm = "expose_identity",
      text = {
        es = "Apoyar la idea, pero sin dar su nombre: contar el caso de “una muchacha de aquí que se fue a México”.",
        en = "Back the idea, but leave out her name: tell the story of “a girl from here who went off to Mexico”.",
      },
      note = {
        es = "En una aldea, todos saben quién es “una muchacha de aquí”. Su historia no es un ejemplo para una charla. Hable de las ofertas falsas, sin casos.",
        en = "In a village, everyone knows who “a girl from here” is. Her story is not an example for a talk. Talk about fake offers, without cases.",
      },
      consequence = {
        es = "Nadie necesitó oír su nombre: todos sabían de quién se hablaba. La historia llegó a otras aldeas, y la red supo dónde encontrarla.",
        en = "No one needed to hear her name: everyone knew who it was. The story reached other villages, and the network learned where to find her.",
      },
    },
    choice {
      id = "tell_her_case_without_her_name_2",
      to = "safe_but_alone",
      when = "safety >= 2",
      harm = "expose_identity",
      text = {
        es = "Apoyar la idea, pero sin dar su nombre: contar el caso de “una muchacha de aquí que se fue a México”.",
        en = "Back the idea, but leave out her name: tell the story of “a girl from here who went off to Mexico”.",
      },
      note = {
        es = "En una aldea, todos saben quién es “una muchacha de aquí”. Su historia no es un ejemplo para una charla. Hable de las ofertas falsas, sin casos.",
        en = "In a village, everyone knows who “a girl from here” is. Her story is not an example for a talk. Talk about fake offers, without cases.",
      },
      consequence = {
        es = "Nadie necesitó oír su nombre: todos sabían de quién se hablaba. Desde entonces, en la aldea la llaman por lo que le pasó.",
        en = "No one needed to hear her name: everyone knew who it was. Since then, the village calls her by what happened to her.",
      },
    },
    choice {
      id = "agree_to_keep_daughters_away",
      to = "back_to_the_network",
      when = "support <= 1",
      harm = "blame_her",
      text = {
        es = "Asentir para no pelear con nadie: “Por si acaso, mejor que nuestras hijas no anden con ella un tiempo.”",
        en = "Nod along so as not to argue: “Just in case, better our daughters don't go around with her for a while.”",
      },
      consequence = {
        es = "La aldea le cerró las puertas a Marleny. Sin trabajo y sin amigas, la deuda le pesaba cada día más.",
        en = "The village closed its doors to Marleny. With no work and no friends, the debt weighed on her more each day.",
      },
    },
    choice {
      id = "agree_to_keep_daughters_away_2",
      to = "safe_but_alone",
      when = "support >= 2",
      harm = "blame_her",
      text = {
        es = "Asentir para no pelear con nadie: “Por si acaso, mejor que nuestras hijas no anden con ella un tiempo.”",
        en = "Nod along so as not to argue: “Just in case, better our daughters don't go around with her for a while.”",
      },
      consequence = {
        es = "Varias familias le cerraron la puerta a Marleny. Dejó de ir a la tienda y a la iglesia.",
        en = "Several families shut their doors to Marleny. She stopped going to the shop and to church.",
      },
    },
  },

  ending "her_own_pace" {
    outcome = "good",
    text = {
      es = "Tres meses después, Marleny trabaja los sábados en la venta de atol. También teje con el grupo de mujeres. Cada quince días habla con una psicóloga; usted la acompañó la primera vez. Todavía no ha denunciado. Dice que lo hará cuando su mamá esté segura, y es su decisión. A veces vuelve a reír. En la aldea ya casi nadie habla de ella.",
      en = "Three months later, Marleny works at the atol stall on Saturdays. She also weaves with the women's group. Every two weeks she talks with a psychologist; you went with her the first time. She has not reported yet. She says she will when her mother is safe, and it is her decision. Sometimes she laughs again. In the village, hardly anyone talks about her now.",
    },
  },

  ending "safe_but_alone" {
    outcome = "mixed",
    text = {
      es = "Marleny sigue en la aldea. La red no ha vuelto a llamar, por ahora. Pero casi no sale de la casa. Siente las miradas en la tienda y en la iglesia. No tiene trabajo ni con quién hablar. Está a salvo, pero sola.",
      en = "Marleny is still in the village. The network has not called again, for now. But she hardly leaves the house. She feels the stares at the shop and at church. She has no work and no one to talk to. She is safe, but alone.",
    },
  },

  ending "report_without_her" {
    outcome = "mixed",
    text = {
      es = "La denuncia existe, pero Marleny no quiso volver a declarar y el caso se detuvo. Ya no le habla a usted. Sigue en la aldea, encerrada en la casa. Los de allá siguen llamando a su mamá.",
      en = "The complaint exists, but Marleny refused to give any further statement and the case stalled. She no longer speaks to you. She is still in the village, shut inside the house. The people from over there keep calling her mother.",
    },
  },

  ending "back_to_the_network" {
    outcome = "bad",
    text = {
      es = "Una mañana, Marleny ya no estaba. Le dejó una nota a su mamá: “Me voy a pagar lo que debo. No me busquen.” La señora la estaba esperando. En la aldea, algunos dijeron: “Ya sabíamos.” Nadie se preguntó qué la empujó a irse.",
      en = "One morning, Marleny was gone. She left her mother a note: “I'm going to pay what I owe. Don't look for me.” The woman was waiting for her. In the village, some people said: “We knew it.” No one asked what pushed her to leave.",
    },
  },
}
