-- A neighbourhood shop on the edge of a Guatemalan town, and a 15-year-old boy whom a gang sends
-- every Friday to collect “la renta” (extortion payments). Colonia Las Brisas, Josué, doña Olga,
-- profesora Marta, don Fermín, doña Lety, el Flaco and the pastor are fictional; the institutions
-- are real. Written for community classes: plain, short sentences. The person playing is the
-- shopkeeper, spoken to as “usted” and never given a gender.

return scenario {
  title = { es = "Los viernes de Josué", en = "Josué's Fridays" },
  summary = {
    es = "Cada viernes, Josué, de 15 años, pasa a cobrar “la renta” a su tienda. Un hombre en moto lo espera en la esquina. ¿Qué ve usted? ¿Cómo lo ayuda sin ponerlo en peligro, ni ponerse usted?",
    en = "Every Friday Josué, 15, comes to your shop to collect “la renta”, the extortion payment. A man on a motorbike waits for him at the corner. What do you see? How do you help him without putting him, or yourself, in danger?",
  },
  audience = "community",
  person = { age = "adolescent", gender = "male", nationality = "GT", exploitation = "criminality", trafficking = true },
  setting = { country = "GT", institution = "community" },
  minutes = 20,
  difficulty = 2,
  feedback = "immediate",
  objectives = {
    {
      es = "Reconocer cuándo a un adolescente lo usan otros. Por ejemplo: lo vigilan, no se queda con el dinero, dejó la escuela, amenazan a su familia.",
      en = "Recognise when a teenager is being used by others. For example: he is watched, he keeps none of the money, he has left school, his family is threatened.",
    },
    {
      es = "Entender que un niño usado para delinquir es víctima. No se le castiga ni se le trata como delincuente. Con un menor de 18, su “sí” no cuenta.",
      en = "Understand that a child used to commit crimes is a victim. He is not punished or treated as a criminal. With someone under 18, his “yes” does not count.",
    },
    {
      es = "Hablar con él sin ponerlo en peligro, ni ponerse usted: lejos de quienes lo vigilan, sin pedir nombres, sin promesas.",
      en = "Talk with him without putting him or yourself in danger: away from those who watch him, without asking for names, without promises.",
    },
    {
      es = "Avisar a la PGN y al Ministerio Público. No enfrentar usted a la pandilla. No señalar al niño en la colonia.",
      en = "Tell the PGN and the Public Ministry. Do not confront the gang yourself. Do not point the child out in the neighbourhood.",
    },
  },
  content_note = {
    es = "Esta historia trata de un adolescente. Una pandilla lo obliga a cobrar extorsiones. Hay amenazas, pero no hay escenas de violencia. Puede recordar experiencias personales. Puede hacer una pausa cuando quiera.",
    en = "This story is about a teenage boy. A gang forces him to collect extortion payments. There are threats, but no violent scenes. It may bring back personal experiences. You can pause whenever you want.",
  },
  start = "friday",
  -- trust: how much Josué trusts the adults around him; safety: whether the gang has noticed that
  -- someone is asking about him; exposed: whether he has been pointed out or his story spread.
  vars = { trust = 1, safety = 2, exposed = 0 },

  scene "friday" {
    text = {
      es = "Viernes, diez de la mañana. Usted atiende su tienda en la colonia Las Brisas. Como cada viernes, entra Josué. Tiene 15 años. Hace dos años le compraba dulces al salir de la escuela. Ahora viene a cobrar “la renta”. Usted tiene el sobre listo, como sus vecinos. Josué lo recibe sin contarlo.",
      en = "Friday, ten in the morning. You are minding your shop in the Las Brisas neighbourhood. As on every Friday, Josué comes in. He is 15. Two years ago he bought sweets from you after school. Now he comes to collect “la renta”, the extortion payment. You have the envelope ready, like your neighbours. Josué takes it without counting.",
    },
    detail "man_on_the_motorbike" {
      indicator = "escorted_to_work",
      text = {
        es = "Un hombre en moto lo trae y lo espera en la esquina. No le quita los ojos de encima.",
        en = "A man on a motorbike brings him and waits at the corner. He never takes his eyes off him.",
      },
    },
    detail "same_words_every_week" {
      indicator = "coached_answers",
      text = {
        es = "Repite la frase de cada viernes: “Es la colaboración para la seguridad.” Suena aprendida.",
        en = "He repeats the line he says every Friday: “It's the contribution for security.” It sounds learned by heart.",
      },
    },
    detail "hands_over_the_envelope" {
      indicator = "no_control_of_money",
      text = {
        es = "Al salir, le da el sobre al de la moto. Él no se queda con nada.",
        en = "On his way out he hands the envelope to the man on the bike. He keeps nothing.",
      },
    },
    detail "cap_and_baggy_clothes" {
      neutral = true,
      text = {
        es = "Lleva gorra y ropa floja, como muchos patojos de la colonia.",
        en = "He wears a cap and baggy clothes, like many boys in the neighbourhood.",
      },
      why = {
        es = "Así se visten muchos jóvenes. La ropa no dice nada de delitos ni de trata. Juzgar por la ropa es estigmatizar.",
        en = "That is how many young people dress. Clothes say nothing about crime or trafficking. Judging by clothes is stigma.",
      },
    },
    detail "lives_down_the_hill" {
      neutral = true,
      text = {
        es = "Vive en la parte de abajo de la colonia, la que tiene mala fama.",
        en = "He lives in the lower part of the neighbourhood, the part with a bad name.",
      },
      why = {
        es = "El lugar donde vive no es una señal. Sospechar por eso es discriminar. Y aleja a su familia de la ayuda.",
        en = "Where he lives is not a sign. Suspecting him for it is discrimination. And it keeps his family away from help.",
      },
    },
    detail "street_slang" {
      neutral = true,
      text = {
        es = "Habla rápido y en caliche, con palabras de la calle.",
        en = "He talks fast, in street slang.",
      },
      why = {
        es = "Así hablan muchos patojos de su edad. Su forma de hablar no es una señal de nada.",
        en = "Many boys his age talk like that. The way he speaks is not a sign of anything.",
      },
    },
    choice {
      id = "serve_him_as_usual",
      to = "meeting",
      practice = "assess_risks_before_acting",
      effects = { trust = 1 },
      text = {
        es = "Atenderlo como cada viernes, sin nada raro frente a la moto. Saludarlo por su nombre.",
        en = "Serve him as on any Friday, with nothing unusual in front of the bike. Greet him by name.",
      },
      note = {
        es = "Bien. Con el de la moto mirando, cualquier pregunta lo pone en riesgo. Fíjese en lo que ve. Piense con calma qué hacer. Lo que le cobran a usted también es un delito. Se puede denunciar en el Ministerio Público.",
        en = "Good. With the man on the bike watching, any question puts him at risk. Notice what you see. Think calmly about what to do. What they take from you is a crime too. It can be reported to the Public Ministry.",
      },
    },
    choice {
      id = "ask_who_sends_him",
      to = "meeting",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Preguntarle en voz baja, mientras le da el sobre, quién lo manda a cobrar.",
        en = "Ask him quietly, while you hand over the envelope, who sends him to collect.",
      },
      note = {
        es = "El de la moto lo vio todo. Frente a quien lo vigila, Josué no puede hablar. Y después le piden cuentas a él. Busque otro día y otro lugar, lejos de ellos.",
        en = "The man on the bike saw it all. In front of the person watching him, Josué cannot speak. And afterwards he is the one who has to explain. Find another day and another place, away from them.",
      },
      consequence = {
        es = "Josué se puso pálido y no contestó. En la esquina, el de la moto le preguntó qué tanto le había dicho usted.",
        en = "Josué went pale and did not answer. At the corner, the man on the bike asked him what you had been saying to him.",
      },
    },
    choice {
      id = "tell_him_to_be_ashamed",
      to = "meeting",
      harm = "blame_her",
      effects = { trust = -1 },
      text = {
        es = "Decirle, sin gritar, que su mamá no lo crió para andar de extorsionista.",
        en = "Tell him, without shouting, that his mother didn't raise him to be an extortionist.",
      },
      note = {
        es = "Josué es un niño al que están usando. Avergonzarlo lo aleja de los adultos que pueden ayudarlo. Trátelo con respeto.",
        en = "Josué is a child who is being used. Shaming him drives him away from the adults who could help. Treat him with respect.",
      },
      consequence = {
        es = "Josué bajó la cabeza y se fue rápido. Desde ese viernes, ya no saluda.",
        en = "Josué lowered his head and left quickly. From that Friday on, he no longer says hello.",
      },
    },
    choice {
      id = "refuse_to_pay_today",
      to = "meeting",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Decirle que hoy no paga, y que les diga a los de la moto que aquí ya no.",
        en = "Tell him you won't pay today, and to tell the men on the bike: not here any more.",
      },
      note = {
        es = "Josué no decide nada. Un mensaje así lo pone en medio, y a usted también. Si quiere dejar de pagar, hable primero con el Ministerio Público.",
        en = "Josué decides nothing. A message like that puts him in the middle, and you too. If you want to stop paying, talk to the Public Ministry first.",
      },
      consequence = {
        es = "Josué salió sin el sobre. Le dijeron que lo que faltaba se sumaba a lo que él ya debía.",
        en = "Josué left without the envelope. He was told the missing money would be added to what he already owed.",
      },
    },
  },

  scene "meeting" {
    text = {
      es = "Martes en la tarde. La asociación de padres se reúne en la escuela. El tema es la renta: casi todas las tiendas pagan. La profesora Marta cuenta que Josué dejó de venir a clases. Don Fermín se enoja. “Ese patojo es uno de ellos. Hay que denunciarlo para que se lo lleven.” Al fondo está doña Olga, la mamá de Josué. No dice nada. Mira el suelo.",
      en = "Tuesday afternoon. The parents' association meets at the school. The subject is la renta: almost every shop pays. Profesora Marta says that Josué has stopped coming to class. Don Fermín gets angry. “That boy is one of them. He should be reported so they take him away.” At the back sits doña Olga, Josué's mother. She says nothing. She looks at the floor.",
    },
    prompt = {
      es = "¿Por qué un patojo que cobra la renta puede ser una víctima? ¿Qué cambia porque tiene 15 años?",
      en = "Why might a boy who collects la renta be a victim? What changes because he is 15?",
    },
    detail "left_school_in_march" {
      indicator = "child_not_in_school",
      text = {
        es = "Dejó de ir a clases en marzo. Era bueno para los números.",
        en = "He stopped going to class in March. He was good with numbers.",
      },
    },
    detail "older_boys_at_the_gate" {
      indicator = "gang_coercion",
      text = {
        es = "Desde enero, unos muchachos mayores lo esperaban a la salida. Le daban saldo y le pedían mandados.",
        en = "Since January, some older young men waited for him after school. They gave him phone credit and asked him to run errands.",
      },
    },
    detail "mothers_illness" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "Doña Olga estuvo enferma el año pasado. La familia quedó con deudas.",
        en = "Doña Olga was ill last year. The family was left in debt.",
      },
    },
    detail "father_in_the_us" {
      neutral = true,
      text = {
        es = "El papá de Josué se fue a Estados Unidos hace años.",
        en = "Josué's father left for the United States years ago.",
      },
      why = {
        es = "Muchas familias tienen a alguien en el norte. Eso no es una señal. Sí puede dejar a una familia con más necesidad.",
        en = "Many families have someone up north. That is not a sign. It can leave a family with more need, though.",
      },
    },
    choice {
      id = "say_he_is_a_child_being_used",
      to = "after_meeting",
      practice = "non_punishment",
      effects = { trust = 1 },
      text = {
        es = "Decir con calma que Josué es un niño al que usan: es víctima, no delincuente.",
        en = "Say calmly that Josué is a child who is being used: a victim, not a criminal.",
      },
      note = {
        es = "Bien. Doña Olga lo oyó. A un niño usado para delinquir se le protege, no se le castiga. Las guías internacionales piden no castigar a las víctimas por lo que las obligaron a hacer. Los responsables son quienes lo mandan.",
        en = "Good. Doña Olga heard you. A child used to commit crimes is protected, not punished. International guidance asks that victims not be punished for what they were forced to do. Those who send him are the ones responsible.",
      },
    },
    choice {
      id = "back_reporting_him_to_the_police",
      to = "patrol_at_the_shop",
      harm = "charge_victim_for_offences",
      effects = { trust = -1 },
      text = {
        es = "Apoyar a don Fermín: que la PNC lo agarre cobrando, y así se acaba la renta.",
        en = "Back don Fermín: let the PNC catch him collecting, and that will be the end of la renta.",
      },
      note = {
        es = "Detener a Josué no acaba la renta: mandan a otro patojo. Y a él lo castigan por lo que lo obligan a hacer. Denuncie a quienes lo usan, no al niño.",
        en = "Arresting Josué does not end la renta: they send another boy. And he is punished for what he is forced to do. Report the people using him, not the child.",
      },
      consequence = {
        es = "Don Fermín llamó a la PNC esa misma noche. Dio el nombre de Josué y el de su tienda.",
        en = "Don Fermín called the PNC that same night. He gave Josué's name and the name of your shop.",
      },
    },
    choice {
      id = "propose_keeping_him_out",
      to = "after_meeting",
      harm = "blame_her",
      effects = { trust = -1, exposed = 1 },
      text = {
        es = "Proponer que no lo dejen entrar a la escuela ni a la cancha, para que no jale a otros.",
        en = "Propose keeping him out of the school and the football pitch, so he doesn't pull others in.",
      },
      note = {
        es = "Cerrarle las puertas lo deja solo con la pandilla. La escuela y la cancha son lo que todavía lo une a la colonia.",
        en = "Shutting him out leaves him alone with the gang. School and the pitch are what still tie him to the neighbourhood.",
      },
      consequence = {
        es = "Doña Olga salió llorando. Esa noche, Josué supo que la colonia lo veía como delincuente.",
        en = "Doña Olga left in tears. That night Josué learned that the neighbourhood saw him as a criminal.",
      },
    },
  },

  scene "after_meeting" {
    text = {
      es = "A la salida, doña Lety le habla en la puerta. Ella también paga la renta. “¿Víctima? Trata es cuando se llevan a alguien lejos. Josué vive con su mamá. Y él quiso: le gusta el dinero fácil.” Otros papás se quedan a escuchar.",
      en = "On the way out, doña Lety speaks to you at the door. She pays la renta too. “A victim? Trafficking is when someone is taken far away. Josué lives with his mother. And he wanted it: he likes easy money.” Other parents stay to listen.",
    },
    choice {
      id = "explain_what_makes_it_trafficking",
      to = "the_teacher",
      practice = "identify_the_elements",
      text = {
        es = "Explicar que no hace falta llevárselo lejos. Y con un menor no importa si “quiso”.",
        en = "Explain that he doesn't have to be taken far away. And with a minor, “he wanted it” doesn't count.",
      },
      note = {
        es = "Bien. La trata tiene tres partes: qué se hizo, con qué medio y para qué. Aquí lo captaron para usarlo en delitos. Con un menor de 18 no hace falta probar amenaza ni engaño. Y puede pasar sin salir de la colonia. La ley de Guatemala cuenta como explotación reclutar a menores para grupos delictivos.",
        en = "Good. Trafficking has three parts: what was done, by what means, and for what. Here he was recruited to be used in crimes. With someone under 18, no threat or deception has to be shown. And it can happen without leaving the neighbourhood. Guatemalan law counts recruiting minors into criminal groups as exploitation.",
      },
    },
    choice {
      id = "half_agree_he_chose_it",
      to = "the_teacher",
      harm = "dismiss_because_she_consented",
      effects = { trust = -1 },
      text = {
        es = "Darle la razón en parte: a los quince ya saben lo que hacen, y nadie lo sacó de aquí.",
        en = "Half agree with her: at fifteen they know what they're doing, and nobody took him anywhere.",
      },
      note = {
        es = "Con un menor de 18, su “sí” no cuenta. Y la trata puede pasar sin salir de la colonia. Lo captaron para usarlo: eso basta.",
        en = "With someone under 18, his “yes” does not count. And trafficking can happen without leaving the neighbourhood. He was recruited to be used: that is enough.",
      },
      consequence = {
        es = "En la colonia se repitió: “Josué quiso.” Él lo oyó. Pensó que ningún adulto lo iba a ayudar.",
        en = "Around the neighbourhood people repeated: “Josué wanted it.” He heard it. He thought no adult would help him.",
      },
    },
    choice {
      id = "leave_it_to_the_police",
      to = "the_teacher",
      harm = "let_it_drop",
      effects = { trust = -1 },
      text = {
        es = "Decir que si es trata o no, eso lo decide la policía. Mejor no meterse.",
        en = "Say that whether it's trafficking or not is for the police to decide. Better not to get involved.",
      },
      note = {
        es = "Usted no tiene que decidir si es trata. Pero sí avisar a quien protege a los niños. Si nadie avisa, nadie lo sabe.",
        en = "You don't have to decide whether it is trafficking. But you do have to tell the people who protect children. If no one tells, no one knows.",
      },
      consequence = {
        es = "Nadie volvió a hablar de Josué en la asociación. Él notó que los adultos se apartaban.",
        en = "No one at the association spoke of Josué again. He noticed the adults stepping back.",
      },
    },
  },

  scene "the_teacher" {
    text = {
      es = "Esa noche, la profesora Marta pasa por la tienda. Está preocupada. “Josué me tiene confianza. Pero esos muchachos no juegan. ¿Qué hacemos?” Los domingos, Josué todavía llega a ver los partidos a la cancha. Llega solo.",
      en = "That night, Profesora Marta stops by the shop. She is worried. “Josué trusts me. But those men don't play games. What do we do?” On Sundays Josué still comes to watch the matches at the pitch. He comes alone.",
    },
    prompt = {
      es = "¿Dónde y cómo hablaría con Josué sin ponerlo en peligro a él, ni a usted?",
      en = "Where and how would you talk with Josué without putting him, or yourself, in danger?",
    },
    choice {
      id = "talk_at_the_pitch_on_sunday",
      to = "the_field",
      practice = "separate_from_companion",
      text = {
        es = "Buscarlo el domingo en la cancha, lejos de la moto. Ir con la profesora. No preguntar por nadie.",
        en = "Look for him on Sunday at the pitch, away from the bike. Go with the teacher. Ask about no one.",
      },
      note = {
        es = "Bien. En un lugar de siempre, sin los que lo vigilan, puede hablar. Vayan una o dos personas que él conozca. No pregunte nombres: eso lo pone en peligro.",
        en = "Good. In an everyday place, without the people who watch him, he can talk. Only one or two people he knows should go. Don't ask for names: that puts him in danger.",
      },
    },
    choice {
      id = "visit_his_house_with_parents",
      to = "the_field",
      harm = "go_in_unprepared",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Ir esta noche a su casa con otros papás, para hablar con él y con doña Olga de una vez.",
        en = "Go to his house tonight with other parents, to talk with him and doña Olga once and for all.",
      },
      note = {
        es = "Un grupo de papás en su puerta se nota en toda la colonia. Él se siente acorralado. Busque un momento tranquilo, con una o dos personas que él conozca.",
        en = "A group of parents at his door is noticed by the whole neighbourhood. He feels cornered. Find a calm moment, with one or two people he knows.",
      },
      consequence = {
        es = "Los vecinos vieron al grupo en la puerta. Josué no salió de su cuarto. Al día siguiente, el de la moto le preguntó qué querían los papás.",
        en = "The neighbours saw the group at the door. Josué did not come out of his room. The next day the man on the bike asked him what the parents wanted.",
      },
    },
    choice {
      id = "ask_el_flaco_to_let_him_go",
      to = "warned",
      harm = "confront_recruiter_alone",
      effects = { safety = -2 },
      text = {
        es = "Buscar al Flaco, el que manda a los de la moto, y pedirle con respeto que deje en paz al patojo.",
        en = "Find el Flaco, who gives the orders to the men on the bike, and ask him politely to leave the boy alone.",
      },
      note = {
        es = "Hablar con la pandilla los pone en peligro a usted y a Josué. Ahora saben que alguien se fijó en él. Eso le toca a la autoridad.",
        en = "Talking to the gang puts you and Josué in danger. Now they know someone has noticed him. That is a job for the authorities.",
      },
      consequence = {
        es = "El Flaco escuchó y sonrió. “Aquí nadie obliga a nadie.” Esa tarde ya sabía que alguien preguntaba por Josué.",
        en = "El Flaco listened and smiled. “Nobody forces anybody around here.” By that afternoon he knew someone was asking about Josué.",
      },
    },
    choice {
      id = "wait_a_few_weeks",
      to = "whom_to_tell",
      harm = "brush_off_the_signs",
      effects = { trust = -1 },
      text = {
        es = "Esperar unas semanas. Quizá es una etapa, y si se pone peor, ahí se ve qué hacer.",
        en = "Wait a few weeks. Maybe it's a phase, and if it gets worse, you'll see what to do then.",
      },
      note = {
        es = "Cada semana que pasa, lo atan más: la deuda, el miedo. Hable con él pronto, en un lugar seguro.",
        en = "Every week that passes ties him tighter: the debt, the fear. Talk with him soon, somewhere safe.",
      },
      consequence = {
        es = "Pasaron tres semanas. Ahora Josué llega a cobrar con un patojo más chiquito. Lo está enseñando.",
        en = "Three weeks went by. Now Josué comes to collect with a younger boy. He is teaching him.",
      },
    },
  },

  scene "the_field" {
    text = {
      es = "Domingo. En la cancha juegan los patojos de la colonia. Josué está en la grada, con audífonos. Su celular suena. Contesta rápido: “Aquí estoy, en la cancha.” Cuelga. Ve llegar a la profesora y a usted, y se pone serio. “¿Qué quieren? Hoy no es viernes.”",
      en = "Sunday. The neighbourhood boys are playing on the pitch. Josué sits in the stands with headphones on. His phone rings. He answers quickly: “I'm here, at the pitch.” He hangs up. He sees the teacher and you coming, and his face closes. “What do you want? It isn't Friday.”",
    },
    detail "reports_where_he_is" {
      indicator = "not_free_to_leave",
      text = {
        es = "Tiene que decir dónde está cada vez que lo llaman. No puede alejarse sin avisar.",
        en = "He has to say where he is every time they call. He cannot go anywhere without telling them.",
      },
    },
    detail "alone_with_headphones" {
      neutral = true,
      text = {
        es = "Está solo, con audífonos, aparte de los demás.",
        en = "He sits alone, with headphones, apart from the others.",
      },
      why = {
        es = "Muchos adolescentes se apartan un rato. Por sí solo no dice nada. Importa lo que pasa alrededor.",
        en = "Many teenagers keep to themselves for a while. On its own it says nothing. What matters is what goes on around him.",
      },
    },
    choice {
      id = "say_why_you_came",
      to = "he_talks",
      when = "trust >= 1",
      practice = "informed_consent",
      effects = { trust = 1 },
      text = {
        es = "Decirle que no vienen por el cobro. Que lo aprecian, y que él decide si platican.",
        en = "Say you're not here about the payments. You care about him, and he decides if you talk.",
      },
      note = {
        es = "Bien. Él decide si habla y de qué. Eso le devuelve un poco de control. Puede parar cuando quiera.",
        en = "Good. He decides whether to talk, and about what. That gives him back a little control. He can stop whenever he wants.",
      },
    },
    choice {
      id = "say_why_you_came_2",
      to = "whom_to_tell",
      when = "trust < 1",
      practice = "informed_consent",
      text = {
        es = "Decirle que no vienen por el cobro. Que lo aprecian, y que él decide si platican.",
        en = "Say you're not here about the payments. You care about him, and he decides if you talk.",
      },
      note = {
        es = "Decirlo así es lo correcto. Pero Josué ya no confía en los adultos de la colonia. Dice que no tiene nada que hablar y se va. Aun así, hay que avisar a quien lo protege.",
        en = "Saying it that way is right. But Josué no longer trusts the adults in the neighbourhood. He says he has nothing to talk about and leaves. Even so, someone who can protect him must be told.",
      },
    },
    choice {
      id = "ask_for_their_names",
      to = "whom_to_tell",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Pedirle los nombres de los de la moto y dónde viven, para pasárselos a la PNC.",
        en = "Ask him for the names of the men on the bike and where they live, to pass on to the PNC.",
      },
      note = {
        es = "Sacarle nombres lo pone en peligro. Eso le toca a la autoridad, en una entrevista preparada. Usted escuche lo que él quiera contar.",
        en = "Getting names out of him puts him in danger. That is for the authorities, in a prepared interview. You listen to whatever he wants to tell.",
      },
      consequence = {
        es = "Josué miró a todos lados, asustado. “¿Usted quiere que me pase algo?” Se levantó y se fue.",
        en = "Josué looked around, scared. “Do you want something to happen to me?” He got up and left.",
      },
    },
    choice {
      id = "warn_him_about_jail",
      to = "whom_to_tell",
      harm = "blame_her",
      effects = { trust = -1 },
      text = {
        es = "Advertirle, por su bien, que si sigue en eso va a terminar preso, como otros.",
        en = "Warn him, for his own good, that if he keeps this up he'll end up in jail, like others.",
      },
      note = {
        es = "Asustarlo con la cárcel repite lo que le dice la pandilla. Él no es el culpable. Dígale que lo están usando.",
        en = "Scaring him with jail repeats what the gang tells him. He is not the guilty one. Tell him he is being used.",
      },
      consequence = {
        es = "Josué se rió sin ganas. “Eso mismo me dicen ellos.” Se puso los audífonos y no habló más.",
        en = "Josué gave a joyless laugh. “That's just what they tell me.” He put his headphones back on and said no more.",
      },
    },
    choice {
      id = "promise_to_get_him_out",
      to = "he_talks",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Prometerle que esta semana lo sacan de eso, y que nadie le va a hacer nada.",
        en = "Promise him you'll get him out of it this week, and that nobody will do anything to him.",
      },
      note = {
        es = "Usted no puede prometer eso. Cuando no se cumple, deja de creerle. Dígale lo que sí puede hacer: escuchar y avisar a quien lo protege.",
        en = "You cannot promise that. When it doesn't happen, he stops believing you. Tell him what you can do: listen, and tell the people who protect him.",
      },
      consequence = {
        es = "Josué quiso creerle. El viernes tuvo que cobrar igual. Pensó que los adultos solo hablan.",
        en = "Josué wanted to believe you. On Friday he had to collect all the same. He thought adults only talk.",
      },
    },
  },

  scene "he_talks" {
    text = {
      es = "Josué se queda callado. Mira la cancha, no a ustedes. Luego habla bajito. “Ustedes pagan y se callan. Y el malo soy yo.” Después pregunta: “¿Me van a echar a la policía?”",
      en = "Josué goes quiet. He watches the pitch, not you. Then he speaks softly. “You all pay and keep quiet. And I'm the bad one.” Then he asks: “Are you going to set the police on me?”",
    },
    detail "they_look_after_me" {
      indicator = "protects_exploiter",
      text = {
        es = "Dice que los de la moto lo cuidan, que son como su familia.",
        en = "He says the men on the bike look after him, that they are like family.",
      },
    },
    detail "twenty_quetzales" {
      indicator = "no_pay",
      when = "trust >= 2",
      text = {
        es = "De todo lo que cobra, le dan veinte quetzales los viernes.",
        en = "Out of everything he collects, they give him twenty quetzales on Fridays.",
      },
    },
    detail "medicine_debt" {
      indicator = "debt_bondage",
      when = "trust >= 3",
      text = {
        es = "Le pagaron la medicina de su mamá. Dicen que les debe. La deuda nunca baja.",
        en = "They paid for his mother's medicine. They say he owes them. The debt never goes down.",
      },
    },
    detail "threat_to_his_family" {
      indicator = "recruited_under_threat",
      when = "trust >= 3",
      text = {
        es = "Le dijeron que si deja de cobrar, van a buscar a su mamá y a su hermanita.",
        en = "They told him that if he stops collecting, they will go after his mother and his little sister.",
      },
    },
    choice {
      id = "tell_him_it_is_not_his_fault",
      to = "what_he_fears",
      practice = { "non_punishment", "listen_without_blame" },
      effects = { trust = 1 },
      text = {
        es = "Decirle que no es su culpa. A él lo están usando, y eso es un delito contra él.",
        en = "Tell him it isn't his fault. He is being used, and that is a crime against him.",
      },
      note = {
        es = "Bien. Él carga con la vergüenza que le pusieron otros. Oír que no es su culpa le permite seguir hablando. Su enojo con los adultos también tiene razón.",
        en = "Good. He carries shame that others put on him. Hearing that it isn't his fault lets him keep talking. His anger at the adults has a point, too.",
      },
    },
    choice {
      id = "promise_no_one_will_know",
      to = "what_he_fears",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Prometerle que nadie va a saber nunca lo que él cuente. Ni la policía.",
        en = "Promise him that nobody will ever know what he tells you. Not even the police.",
      },
      note = {
        es = "Para protegerlo, alguien tiene que saber. Prometer silencio y luego avisar es traicionarlo. Dígale la verdad desde el principio.",
        en = "To protect him, someone has to know. Promising silence and then telling is a betrayal. Tell him the truth from the start.",
      },
      consequence = {
        es = "Josué contó más, confiado en la promesa. Era una promesa que nadie podía cumplir.",
        en = "Josué told you more, trusting the promise. It was a promise no one could keep.",
      },
    },
    choice {
      id = "tell_him_to_turn_himself_in",
      to = "whom_to_tell",
      harm = "push_to_report",
      effects = { trust = -1 },
      text = {
        es = "Aconsejarle que vaya él a la PNC a contar todo, antes de que lo agarren.",
        en = "Advise him to go to the PNC himself and tell everything, before he gets caught.",
      },
      note = {
        es = "Él no tiene por qué entregarse: es un niño al que usan. Avisar les toca a los adultos. Usted puede ir a la PGN.",
        en = "He has no reason to turn himself in: he is a child being used. Telling the authorities is the adults' job. You can go to the PGN.",
      },
      consequence = {
        es = "Josué entendió que ustedes también lo veían como delincuente. Se fue sin decir más.",
        en = "Josué understood that you, too, saw him as a criminal. He left without another word.",
      },
    },
    choice {
      id = "say_you_pay_because_of_boys_like_him",
      to = "whom_to_tell",
      harm = "blame_her",
      effects = { trust = -2 },
      text = {
        es = "Contestarle que si los vecinos pagan, es por patojos como él que se prestan.",
        en = "Answer that if the neighbours pay, it's because of boys like him who go along with it.",
      },
      note = {
        es = "Su enojo tiene razón en algo: los adultos callan. Culparlo a él lo deja más solo. Escuche lo que siente.",
        en = "His anger has a point: the adults keep quiet. Blaming him leaves him more alone. Listen to what he feels.",
      },
      consequence = {
        es = "Josué se levantó. “Ya ve. Para ustedes soy el malo.” Y se fue de la cancha.",
        en = "Josué stood up. “See? To you I'm the bad one.” And he left the pitch.",
      },
    },
  },

  scene "what_he_fears" {
    text = {
      es = "Josué aprieta el celular. “Si ustedes dicen algo, le hacen algo a mi mamá. Y a mí me encierran.” Calla un momento. “Yo quería ser mecánico. Ya no sé.” La profesora Marta busca su mirada. Espera que usted conteste.",
      en = "Josué grips his phone. “If you say anything, they'll do something to my mum. And they'll lock me up.” He is silent for a moment. “I wanted to be a mechanic. I don't know any more.” Profesora Marta looks at you. She is waiting for you to answer.",
    },
    detail "afraid_of_being_locked_up" {
      indicator = "fear_of_police",
      text = {
        es = "Le tiene más miedo a la policía que a la pandilla. “Ahí me encierran.”",
        en = "He is more afraid of the police than of the gang. “They'll lock me up there.”",
      },
    },
    detail "they_said_he_would_pay" {
      indicator = "threat_of_denunciation",
      when = "trust >= 3",
      text = {
        es = "Le dijeron que si la policía lo agarra, él va preso y ellos no.",
        en = "They told him that if the police catch him, he goes to jail and they don't.",
      },
    },
    choice {
      id = "tell_the_truth_and_ask_his_fears",
      to = "whom_to_tell",
      practice = { "explain_confidentiality_limits", "hear_child_views" },
      effects = { trust = 1 },
      text = {
        es = "Decirle la verdad: tienen que avisar a quien protege a los niños. Preguntarle qué teme más.",
        en = "Tell him the truth: you have to tell the people who protect children. Ask him what he fears most.",
      },
      note = {
        es = "Bien. Decirle lo que van a hacer, antes de hacerlo, lo respeta. Lo que él teme ayuda a decidir cómo protegerlo, y a su familia.",
        en = "Good. Telling him what you will do, before you do it, respects him. What he fears helps decide how to protect him, and his family.",
      },
    },
    choice {
      id = "wait_until_he_is_ready",
      to = "still_collecting",
      harm = "let_it_drop",
      text = {
        es = "Acordar con él no decir nada por ahora. Esperar a que él se sienta listo.",
        en = "Agree with him to say nothing for now. Wait until he feels ready.",
      },
      note = {
        es = "Su miedo es real. Pero esperar lo deja en manos de la pandilla. Dígale que tienen que avisar, y cómo lo van a cuidar.",
        en = "His fear is real. But waiting leaves him in the gang's hands. Tell him you have to tell someone, and how you will look after him.",
      },
      consequence = {
        es = "Pasaron las semanas. Josué nunca se sintió listo: cada viernes tenía más miedo.",
        en = "The weeks went by. Josué never felt ready: every Friday he was more afraid.",
      },
    },
    choice {
      id = "send_him_to_relatives_far_away",
      to = "whom_to_tell",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Decirle que ya está decidido: que se vaya esta semana con unos parientes, lejos de aquí.",
        en = "Tell him it's decided: he's going to some relatives far away, this week.",
      },
      note = {
        es = "Decidir por él, sin escucharlo, no lo protege. Su mamá y su hermana se quedan aquí. Pregúntele qué teme, y avisen a la PGN.",
        en = "Deciding for him, without listening, does not protect him. His mother and sister stay here. Ask him what he fears, and tell the PGN.",
      },
      consequence = {
        es = "Josué se negó: no iba a dejar sola a su mamá. Dejó de contestarle a la profesora.",
        en = "Josué refused: he was not going to leave his mother alone. He stopped answering the teacher.",
      },
    },
    choice {
      id = "tell_him_not_to_fear_the_police",
      to = "whom_to_tell",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Decirle que no tenga miedo: si no ha hecho nada malo, no le va a pasar nada.",
        en = "Tell him not to be afraid: if he hasn't done anything wrong, nothing will happen to him.",
      },
      note = {
        es = "Eso no responde a su miedo. Él cree que sí hizo algo malo. Y nadie puede prometer que no le pasará nada. Escuche qué teme.",
        en = "That does not answer his fear. He believes he has done something wrong. And no one can promise nothing will happen. Listen to what he fears.",
      },
      consequence = {
        es = "Josué pensó en los sobres de cada viernes. Entendió que, para ustedes, sí había hecho algo malo.",
        en = "Josué thought of the envelopes every Friday. He understood that, to you, he had done something wrong.",
      },
    },
  },

  scene "whom_to_tell" {
    text = {
      es = "Lunes temprano. Usted y la profesora Marta se sientan en la tienda, antes de abrir. Tienen la hoja de la reunión, con lugares para denunciar. La profesora tiene miedo. “¿Y si se enteran de que fuimos nosotros?”",
      en = "Early Monday. You and Profesora Marta sit in the shop before it opens. You have the sheet from the meeting, with places to report. The teacher is afraid. “And what if they find out it was us?”",
    },
    choice {
      id = "go_to_the_pgn_and_the_mp",
      to = "at_the_office",
      practice = "report_to_authorities",
      text = {
        es = "Ir con la profesora a la PGN por Josué. Y denunciar los cobros en el Ministerio Público.",
        en = "Go with the teacher to the PGN about Josué. And report the payments to the Public Ministry.",
      },
      note = {
        es = "Bien. La PGN protege a niñas, niños y adolescentes. Puede pedir a un juzgado medidas de protección. El Ministerio Público tiene una fiscalía contra la trata. También recibe denuncias de extorsión: ha dado el 1574 para eso. Los números cambian: confírmelo en su municipalidad. Pida que cuiden su nombre.",
        en = "Good. The PGN protects children and teenagers. It can ask a court for protection measures. The Public Ministry has a prosecutor's office for trafficking. It also takes reports of extortion: it has given 1574 as the number for that. Numbers change: check it at your municipal office. Ask them to protect your name.",
      },
    },
    choice {
      id = "have_the_pnc_wait_on_friday",
      to = "patrol_at_the_shop",
      harm = "arrest_victim",
      text = {
        es = "Llamar a la PNC para que el viernes esperen cerca de la tienda y lo agarren con el sobre.",
        en = "Call the PNC so that on Friday they wait near the shop and catch him with the envelope.",
      },
      note = {
        es = "Detenerlo lo castiga a él y deja libres a los que mandan. Un niño usado así es víctima. Avise a la PGN y al Ministerio Público.",
        en = "Arresting him punishes him and leaves the people in charge free. A child used like this is a victim. Tell the PGN and the Public Ministry.",
      },
      consequence = {
        es = "La PNC llegó el viernes, como usted pidió.",
        en = "The PNC came on Friday, as you asked.",
      },
    },
    choice {
      id = "tell_only_his_mother",
      to = "still_collecting",
      harm = "let_it_drop",
      text = {
        es = "Contarle todo a doña Olga, para que lo resuelva en familia, sin meter a nadie más.",
        en = "Tell doña Olga everything, so the family can sort it out, without bringing anyone else in.",
      },
      note = {
        es = "Doña Olga sola no puede contra una pandilla. Y también tiene miedo. Avisen juntos a la PGN: su trabajo es protegerlos.",
        en = "Doña Olga alone cannot stand up to a gang. And she is afraid too. Go to the PGN together: protecting them is its job.",
      },
      consequence = {
        es = "Doña Olga lloró y le dio las gracias. Pero no sabía qué hacer. Nadie más se enteró.",
        en = "Doña Olga cried and thanked you. But she did not know what to do. No one else found out.",
      },
    },
    choice {
      id = "ask_the_pastor_to_talk_to_them",
      to = "warned",
      harm = "confront_recruiter_alone",
      effects = { safety = -2 },
      text = {
        es = "Pedirle al pastor que hable con los de la moto. A él lo respetan en la colonia.",
        en = "Ask the pastor to talk to the men on the bike. They respect him in the neighbourhood.",
      },
      note = {
        es = "Mandar a alguien a hablar con la pandilla es enfrentarla igual. Los pone en peligro a todos. Eso le toca a la autoridad.",
        en = "Sending someone to talk to the gang is still confronting it. It puts everyone in danger. That is a job for the authorities.",
      },
      consequence = {
        es = "El pastor fue a hablar con ellos. Lo escucharon con respeto. Esa tarde ya sabían que alguien preguntaba por Josué.",
        en = "The pastor went to talk to them. They listened politely. By that afternoon they knew someone was asking about Josué.",
      },
    },
  },

  scene "warned" {
    text = {
      es = "Dos días después, doña Olga pasa frente a la tienda y no saluda. Josué ya no contesta el teléfono de la profesora. En la colonia dicen que a los de la moto no les gustó la visita. Usted tiene miedo.",
      en = "Two days later, doña Olga walks past the shop without a greeting. Josué no longer answers the teacher's calls. People in the neighbourhood say the men on the bike did not like the visit. You are afraid.",
    },
    detail "sent_to_collect_further" {
      indicator = "gang_coercion",
      text = {
        es = "Dicen que ahora a Josué lo mandan a cobrar también en otra colonia.",
        en = "People say Josué is now sent to collect in another neighbourhood as well.",
      },
    },
    choice {
      id = "report_it_today",
      to = "at_the_office",
      practice = "report_to_authorities",
      text = {
        es = "Ir hoy a la PGN y al Ministerio Público. Contar lo que vio, y lo que hicieron.",
        en = "Go to the PGN and the Public Ministry today. Tell them what you saw, and what was done.",
      },
      note = {
        es = "Bien, aunque tarde. La pandilla ya sabe que alguien pregunta. Por eso urge que la autoridad lo sepa, y cómo pasó.",
        en = "Good, though late. The gang already knows someone is asking. That is why the authorities need to know now, and how it happened.",
      },
    },
    choice {
      id = "do_nothing_more",
      to = "still_collecting",
      harm = "let_it_drop",
      text = {
        es = "No hacer nada más. Ya se arriesgó demasiado, y ahora pueden venir por usted.",
        en = "Do nothing more. You've taken too many risks already, and now they could come for you.",
      },
      note = {
        es = "Su miedo es real. Por eso mismo, cuénteselo a la autoridad y pida que cuiden su nombre. Callar deja a Josué solo con ellos.",
        en = "Your fear is real. That is exactly why you should tell the authorities and ask them to protect your name. Silence leaves Josué alone with them.",
      },
      consequence = {
        es = "Nadie volvió a preguntar por Josué. Los de la moto lo notaron.",
        en = "No one asked about Josué again. The men on the bike noticed.",
      },
    },
    choice {
      id = "go_back_with_neighbours",
      to = "gone",
      harm = "confront_recruiter_alone",
      text = {
        es = "Volver a hablar con ellos, con varios vecinos, para que vean que la colonia está unida.",
        en = "Go back and talk to them with several neighbours, so they see the neighbourhood stands together.",
      },
      note = {
        es = "Un grupo de vecinos frente a la pandilla aumenta el peligro, para Josué primero. Cuente lo que pasó a la autoridad.",
        en = "A group of neighbours facing the gang raises the danger, for Josué first of all. Tell the authorities what happened.",
      },
      consequence = {
        es = "Los de la moto escucharon sin decir nada. Esa semana, la familia de Josué recibió un recado.",
        en = "The men on the bike listened without a word. That week, Josué's family got a message.",
      },
    },
  },

  scene "at_the_office" {
    text = {
      es = "En la PGN los atiende una persona que trabaja con la niñez. Escucha con calma y toma nota. Dice que van a coordinar con el Ministerio Público. “Cuénteme lo que sepa de Josué.”",
      en = "At the PGN you are seen by someone who works with children. She listens calmly and takes notes. She says they will coordinate with the Public Ministry. “Tell me what you know about Josué.”",
    },
    choice {
      id = "tell_only_what_you_saw",
      to = "next_friday",
      practice = "keep_confidentiality",
      text = {
        es = "Contar solo lo que vio y oyó. Pedir que cuiden el nombre de Josué, y el suyo.",
        en = "Tell only what you saw and heard. Ask them to protect Josué's name, and yours.",
      },
      note = {
        es = "Bien. Lo que usted vio es lo que sirve. Cuidar los nombres protege a Josué, a su familia y a usted. La PGN y el Ministerio Público deciden cómo actuar.",
        en = "Good. What you saw is what helps. Protecting names protects Josué, his family and you. The PGN and the Public Ministry decide how to act.",
      },
    },
    choice {
      id = "add_what_people_say",
      to = "next_friday",
      harm = "gossip_about_her",
      effects = { exposed = 1 },
      text = {
        es = "Contar también lo que dicen en la colonia: que Josué ya es uno de ellos.",
        en = "Also tell them what people say in the neighbourhood: that Josué is one of them now.",
      },
      note = {
        es = "Un chisme en un expediente puede pesar contra un niño. Cuente solo lo que usted vio y oyó.",
        en = "Gossip in a case file can weigh against a child. Tell only what you saw and heard.",
      },
      consequence = {
        es = "Lo que decían en la colonia quedó anotado junto a lo que usted vio. Costó más que lo vieran como víctima.",
        en = "What people said in the neighbourhood was written down next to what you saw. It made it harder for him to be seen as a victim.",
      },
    },
    choice {
      id = "ask_for_patrols_this_week",
      to = "next_friday",
      harm = "ignore_her_safety_assessment",
      effects = { safety = -1 },
      text = {
        es = "Pedir patrullas en la colonia esta semana, para que la pandilla vea que hay autoridad.",
        en = "Ask for patrols in the neighbourhood this week, so the gang sees the authorities are there.",
      },
      note = {
        es = "Josué dijo qué teme: que se desquiten con su familia. Una patrulla de repente puede avisar a la pandilla. Deje que la PGN y el Ministerio Público planeen cómo protegerlo.",
        en = "Josué said what he fears: that they will take it out on his family. A sudden patrol can tip off the gang. Let the PGN and the Public Ministry plan how to protect him.",
      },
      consequence = {
        es = "Una patrulla pasó tres veces frente a la tienda. Los de la moto se preguntaron quién la había llamado.",
        en = "A patrol car went past the shop three times. The men on the bike wondered who had called it.",
      },
    },
    choice {
      id = "offer_to_bring_josue_tomorrow",
      to = "next_friday",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Ofrecer traer a Josué mañana, para que él mismo cuente todo, con nombres.",
        en = "Offer to bring Josué tomorrow, so he can tell everything himself, with names.",
      },
      note = {
        es = "La PGN decide si habla con él, cómo y cuándo, una sola vez y con apoyo. Llevarlo usted a dar nombres lo expone.",
        en = "The PGN decides whether to talk with him, how and when, once and with support. Taking him there yourself to give names exposes him.",
      },
      consequence = {
        es = "Josué fue, pero se sintió entregado. Dijo que no sabía nada de nadie.",
        en = "Josué went, but he felt handed over. He said he knew nothing about anyone.",
      },
    },
  },

  scene "next_friday" {
    text = {
      es = "Otro viernes. El de la moto espera en la esquina. Josué entra a cobrar, como siempre. Esta vez viene con un patojo más chiquito, que mira todo. Josué no levanta la vista. Usted tiene el sobre en la mano.",
      en = "Another Friday. The man on the bike waits at the corner. Josué comes in to collect, as always. This time a younger boy is with him, watching everything. Josué does not look up. You have the envelope in your hand.",
    },
    detail "younger_boy_learning" {
      indicator = "gang_coercion",
      text = {
        es = "El patojo que viene con Josué tiene unos doce años. Le están enseñando a cobrar.",
        en = "The boy with Josué is about twelve. They are teaching him to collect.",
      },
    },
    choice {
      id = "act_as_on_any_friday",
      to = "the_chat",
      practice = "keep_confidentiality",
      text = {
        es = "Atenderlo como cada viernes. No mencionar la PGN ni mirar hacia la moto.",
        en = "Serve him as on any Friday. Don't mention the PGN or look towards the bike.",
      },
      note = {
        es = "Bien. Nada debe mostrar que usted habló con la autoridad. Así lo cuida a él, y se cuida usted. Lo del patojo chiquito cuénteselo a la PGN.",
        en = "Good. Nothing should show that you have spoken to the authorities. That protects him, and you. Tell the PGN about the younger boy.",
      },
    },
    choice {
      id = "whisper_that_help_is_coming",
      to = "the_chat",
      harm = "expose_identity",
      effects = { safety = -1 },
      text = {
        es = "Decirle bajito, al darle el sobre, que ya fueron a la PGN y que aguante.",
        en = "Whisper to him, as you hand over the envelope, that you've been to the PGN and he should hang on.",
      },
      note = {
        es = "Frente a la moto y al otro patojo, cualquier palabra se nota. Si se sabe, a Josué le piden cuentas. Aquí, silencio.",
        en = "In front of the bike and the other boy, any word is noticed. If it gets out, Josué is made to answer for it. Here, say nothing.",
      },
      consequence = {
        es = "El patojo chiquito oyó “PGN”. En la esquina, se lo contó al de la moto.",
        en = "The younger boy heard “PGN”. At the corner, he told the man on the bike.",
      },
    },
    choice {
      id = "photograph_the_man_on_the_bike",
      to = "the_chat",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Tomarle una foto al de la moto con el celular, para mandársela a la fiscalía.",
        en = "Take a photo of the man on the bike with your phone, to send to the prosecutor.",
      },
      note = {
        es = "Si lo nota, lo toma como un reto. Lo que usted vio ya sirve: cuénteselo a la fiscalía, sin fotos.",
        en = "If he notices, he takes it as a challenge. What you saw is already useful: tell the prosecutor, without photos.",
      },
      consequence = {
        es = "El de la moto vio el celular. Se quedó mirando la tienda un largo rato. Después llamó a Josué aparte.",
        en = "The man on the bike saw the phone. He stared at the shop for a long while. Then he took Josué aside.",
      },
    },
  },

  scene "the_chat" {
    text = {
      es = "Esa noche, en el chat de padres, alguien sube una foto de Josué. Dice: “Cuidado con este. Es el que cobra la renta.” Llegan caritas enojadas. Alguien escribe: “Hay que darle una lección.” Doña Olga también está en el chat.",
      en = "That night, in the parents' group chat, someone posts a photo of Josué. It says: “Watch out for this one. He's the one who collects la renta.” Angry faces pile up. Someone writes: “He needs to be taught a lesson.” Doña Olga is in the chat too.",
    },
    prompt = {
      es = "¿Cómo se avisa a la colonia de los cobros sin señalar a un niño?",
      en = "How can the neighbourhood be warned about the payments without pointing out a child?",
    },
    detail "hand_sign_in_the_photo" {
      neutral = true,
      text = {
        es = "En la foto, Josué hace una seña con los dedos. Alguien dice que es seña de pandilla.",
        en = "In the photo, Josué is making a sign with his fingers. Someone says it's a gang sign.",
      },
      why = {
        es = "Una seña en una foto no prueba nada. Muchos patojos posan así. Juzgarlo por eso es estigmatizarlo.",
        en = "A sign in a photo proves nothing. Lots of boys pose like that. Judging him by it is stigma.",
      },
    },
    choice {
      id = "ask_to_take_the_photo_down",
      to = "weeks_later",
      practice = "refuse_gossip",
      text = {
        es = "Pedir al administrador que borre la foto, y avisar de los cobros sin nombres.",
        en = "Ask the admin to delete the photo, and warn people about the payments without names.",
      },
      note = {
        es = "Bien. Se puede advertir a todos sin señalar a un niño. Una foto así lo marca ante la colonia, y ante la pandilla.",
        en = "Good. Everyone can be warned without pointing out a child. A photo like that marks him in front of the neighbourhood, and the gang.",
      },
    },
    choice {
      id = "defend_him_by_telling_his_story",
      to = "weeks_later",
      harm = "expose_identity",
      effects = { exposed = 1, safety = -1 },
      text = {
        es = "Contestar que Josué no es malo: lo obligan por una deuda de la medicina de su mamá.",
        en = "Reply that Josué isn't bad: he's forced to because of a debt for his mother's medicine.",
      },
      note = {
        es = "Defenderlo está bien. Contar su historia, no. Lo que él contó es suyo. Y en el chat lo lee cualquiera.",
        en = "Defending him is right. Telling his story is not. What he told you is his. And anyone can read the chat.",
      },
      consequence = {
        es = "La historia de Josué corrió por la colonia en una noche. Doña Olga supo que todos sabían. Los de la moto también.",
        en = "Josué's story went round the neighbourhood in one night. Doña Olga learned that everyone knew. So did the men on the bike.",
      },
    },
    choice {
      id = "forward_it_to_a_police_officer",
      to = "weeks_later",
      harm = "expose_identity",
      effects = { exposed = 1 },
      text = {
        es = "Reenviarle la foto a un policía conocido, para que lo tengan en la mira.",
        en = "Forward the photo to a police officer you know, so they keep an eye on him.",
      },
      note = {
        es = "Eso lo señala como delincuente ante la policía. El caso ya está en la PGN y el Ministerio Público. Deje que ellos actúen.",
        en = "That marks him as a criminal in the eyes of the police. The case is already with the PGN and the Public Ministry. Let them act.",
      },
      consequence = {
        es = "La foto de Josué quedó en celulares de policías, con la palabra “extorsionista”.",
        en = "Josué's photo ended up on police officers' phones, with the word “extortionist”.",
      },
    },
  },

  scene "weeks_later" {
    text = {
      es = "Pasan tres semanas. Josué ya no viene a cobrar. Una tarde entra solo a la tienda, a comprar una agua. Se queda en la puerta. “Vino a la casa una señora de la PGN. Nos vamos con mi tía, a otro lado.” Luego pregunta, sin levantar la vista: “¿La gente de aquí me va a ver siempre como ladrón?”",
      en = "Three weeks go by. Josué no longer comes to collect. One afternoon he comes into the shop alone, to buy a bottle of water. He stays by the door. “A lady from the PGN came to the house. We're going to my aunt's, somewhere else.” Then he asks, without looking up: “Will people here always see me as a thief?”",
    },
    choice {
      id = "say_he_is_josue_and_ask_what_helps",
      to = "back_to_school",
      when = "trust >= 6 and safety >= 2 and exposed == 0",
      practice = "support_what_she_needs",
      text = {
        es = "Decirle que para usted es Josué, el de siempre. Preguntarle qué le ayudaría ahora.",
        en = "Tell him that to you he's Josué, the same as ever. Ask him what would help now.",
      },
      note = {
        es = "Bien. Él necesita gente que lo vea como antes, sin lástima ni sospecha. Y que le pregunte qué quiere, no qué pasó.",
        en = "Good. He needs people who see him as before, without pity or suspicion. People who ask him what he wants, not what happened.",
      },
    },
    choice {
      id = "say_he_is_josue_and_ask_what_helps_2",
      to = "protected_but_wary",
      when = "not (trust >= 6 and safety >= 2 and exposed == 0)",
      practice = "support_what_she_needs",
      text = {
        es = "Decirle que para usted es Josué, el de siempre. Preguntarle qué le ayudaría ahora.",
        en = "Tell him that to you he's Josué, the same as ever. Ask him what would help now.",
      },
      note = {
        es = "Bien dicho. Pero lo que pasó antes pesa. Josué asiente, paga el agua y se va. Ya no espera mucho de los adultos de la colonia.",
        en = "Well said. But what happened before weighs on him. Josué nods, pays for the water and leaves. He no longer expects much from the adults here.",
      },
    },
    choice {
      id = "ask_how_it_all_happened",
      to = "protected_but_wary",
      harm = "ask_for_her_story_again",
      text = {
        es = "Pedirle que le cuente bien cómo fue todo, ahora que ya pasó lo peor.",
        en = "Ask him to tell you properly how it all happened, now that the worst is over.",
      },
      note = {
        es = "Contarlo otra vez es volver a vivirlo. Si quiere hablar, hay gente preparada para escucharlo. Pregúntele por lo que viene.",
        en = "Telling it again is living it again. If he wants to talk, there are trained people to listen. Ask him about what comes next.",
      },
      consequence = {
        es = "Josué se puso tenso. “Ya lo conté en la PGN.” Pagó el agua y se fue sin despedirse.",
        en = "Josué tensed up. “I already told it at the PGN.” He paid for the water and left without saying goodbye.",
      },
    },
    choice {
      id = "tell_him_he_was_lucky",
      to = "protected_but_wary",
      harm = "blame_her",
      text = {
        es = "Decirle que tuvo suerte, y que ahora piense mejor con quién se junta.",
        en = "Tell him he was lucky, and that from now on he should think about who he hangs around with.",
      },
      note = {
        es = "Eso le dice que fue culpa suya. No lo fue: lo usaron. Dígale que para usted sigue siendo Josué.",
        en = "That tells him it was his fault. It wasn't: he was used. Tell him that to you he is still Josué.",
      },
      consequence = {
        es = "Josué oyó lo de siempre: que él tuvo la culpa. Pagó el agua y se fue.",
        en = "Josué heard the same old thing: that it was his fault. He paid for the water and left.",
      },
    },
  },

  scene "patrol_at_the_shop" {
    text = {
      es = "Viernes. Una patrulla espera cerca de la tienda. Josué sale con el sobre, y los agentes lo detienen. Él grita: “¡Me obligan! ¡Si no cobro, le hacen algo a mi mamá!” Luego voltea hacia la tienda. Un agente le pregunta a usted: “¿Lo conoce?”",
      en = "Friday. A patrol car waits near the shop. Josué comes out with the envelope, and the officers stop him. He shouts: “They make me! If I don't collect, they'll do something to my mum!” Then he turns towards the shop. An officer asks you: “Do you know him?”",
    },
    detail "the_man_gets_away" {
      indicator = "escorted_to_work",
      text = {
        es = "El hombre que lo trae cada viernes arranca la moto en cuanto ve la patrulla.",
        en = "The man who brings him every Friday starts his bike the moment he sees the patrol car.",
      },
    },
    detail "says_he_is_forced" {
      indicator = "recruited_under_threat",
      text = {
        es = "Josué dice que lo obligan, y que amenazan a su mamá.",
        en = "Josué says he is forced, and that his mother is threatened.",
      },
    },
    choice {
      id = "tell_the_officers_he_is_forced",
      to = "held_as_a_suspect",
      practice = "non_punishment",
      text = {
        es = "Decirles que es un niño al que obligan. Pedirles que llamen a la PGN.",
        en = "Tell them he is a child who is being forced. Ask them to call the PGN.",
      },
      note = {
        es = "Bien, aunque tarde. Un niño usado así es víctima. La PGN debe intervenir. Pero la detención ya lo marcó.",
        en = "Good, though late. A child used like this is a victim. The PGN must step in. But the arrest has already marked him.",
      },
    },
    choice {
      id = "stay_out_of_it",
      to = "detained",
      harm = "let_it_drop",
      text = {
        es = "No meterse. Ya está en manos de la policía, y ellos saben lo que hacen.",
        en = "Stay out of it. He's in the police's hands now, and they know what they're doing.",
      },
      note = {
        es = "Usted sabe algo que los agentes no saben: que lo vigilan y lo obligan. Dígalo, y pida que llamen a la PGN.",
        en = "You know something the officers don't: that he is watched and forced. Say so, and ask them to call the PGN.",
      },
      consequence = {
        es = "Nadie les contó a los agentes lo que usted había visto cada viernes.",
        en = "No one told the officers what you had seen every Friday.",
      },
    },
    choice {
      id = "confirm_he_collects_every_week",
      to = "detained",
      harm = "charge_victim_for_offences",
      text = {
        es = "Confirmar que él es el que cobra cada viernes, para que quede en el parte.",
        en = "Confirm that he's the one who collects every Friday, so it goes in the report.",
      },
      note = {
        es = "Eso lo acusa a él de lo que otros le obligan a hacer. Cuente también lo que vio: la moto, la vigilancia, el sobre que entrega.",
        en = "That accuses him of what others force him to do. Tell them what you saw as well: the bike, the watching, the envelope he hands over.",
      },
      consequence = {
        es = "En el parte quedó escrito que Josué cobraba extorsiones. Nada sobre quién lo mandaba.",
        en = "The report said Josué collected extortion payments. Nothing about who sent him.",
      },
    },
  },

  ending "back_to_school" {
    outcome = "good",
    text = {
      es = "Josué y su familia viven ahora con su tía, en otra colonia. La PGN pidió a un juzgado medidas de protección. El Ministerio Público investiga a quienes lo usaban. Josué volvió a estudiar, los sábados. Quiere aprender mecánica. Todavía tiene miedo a veces, y lo dice. En Las Brisas nadie conoce su historia. La asociación avisó de los cobros sin nombres. A veces Josué le escribe a la profesora Marta.",
      en = "Josué and his family now live with his aunt, in another neighbourhood. The PGN asked a court for protection measures. The Public Ministry is investigating the people who used him. Josué has gone back to school, on Saturdays. He wants to learn mechanics. He is still afraid sometimes, and he says so. In Las Brisas, nobody knows his story. The association warned people about the payments without names. Now and then Josué writes to Profesora Marta.",
    },
  },

  ending "protected_but_wary" {
    outcome = "mixed",
    text = {
      es = "Josué y su familia se fueron de la colonia, con apoyo de la PGN. Está a salvo, por ahora. Pero algo se rompió. No quiso volver a hablar con usted ni con la profesora. Lo que pasó en Las Brisas lo sigue a todas partes. Dice que los adultos solo hablan.",
      en = "Josué and his family left the neighbourhood, with support from the PGN. He is safe, for now. But something broke. He would not talk to you or the teacher again. What happened in Las Brisas follows him everywhere. He says adults only talk.",
    },
  },

  ending "held_as_a_suspect" {
    outcome = "mixed",
    text = {
      es = "Josué pasó la noche detenido, como sospechoso. Al día siguiente intervino la PGN, y su caso empezó a verse como lo que era. Pero la pandilla supo que lo habían agarrado. Su familia se fue de la colonia de madrugada. El de la moto ya cobra con otro patojo.",
      en = "Josué spent the night in custody, as a suspect. The next day the PGN stepped in, and his case began to be seen for what it was. But the gang knew he had been caught. His family left the neighbourhood before dawn. The man on the bike now collects with another boy.",
    },
  },

  ending "detained" {
    outcome = "bad",
    text = {
      es = "A Josué lo detuvieron con el sobre en la mano. Lo trataron como extorsionista. Nadie preguntó quién lo mandaba. El de la moto se fue antes de que lo vieran. Ahora cobra con otro patojo. Doña Olga no sabe a quién pedir ayuda.",
      en = "Josué was arrested with the envelope in his hand. He was treated as an extortionist. No one asked who sent him. The man on the bike was gone before anyone saw him. Now he collects with another boy. Doña Olga does not know who to ask for help.",
    },
  },

  ending "still_collecting" {
    outcome = "bad",
    text = {
      es = "Nadie avisó a la autoridad. Josué sigue cobrando los viernes. Ahora lo acompaña un patojo más chiquito. La deuda de la medicina nunca baja. Cuando pasa frente a la tienda, ya no levanta la vista.",
      en = "No one told the authorities. Josué still collects on Fridays. Now a younger boy goes with him. The debt for the medicine never goes down. When he walks past the shop, he no longer looks up.",
    },
  },

  ending "gone" {
    outcome = "bad",
    text = {
      es = "Una noche, la familia de Josué se fue de la colonia sin avisar. Nadie sabe adónde. El celular de Josué no contesta. La profesora Marta fue a la PGN, pero ya no sabían dónde buscarlo. En la esquina, el de la moto espera a otro patojo.",
      en = "One night, Josué's family left the neighbourhood without a word. No one knows where. Josué's phone does not answer. Profesora Marta went to the PGN, but by then no one knew where to look for him. At the corner, the man on the bike waits for another boy.",
    },
  },
}
