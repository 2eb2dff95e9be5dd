-- A Guatemalan farm worker in debt bondage, met at a mobile consulate that a Guatemalan consulate
-- holds in an orchard town in the United States. Élmer, Rigoberto, Fredy, don Abner and don Ovidio
-- are fictional, and so is the town; the institutions are real.
-- What United States law may offer a victim (a permit, a way to stay, a labour claim) is never
-- stated as fact: the story leaves it to "a lawyer who can tell him", so that every sentence holds
-- whatever the answer. What the contractor says about visas and deportation is his threat, not law.

return scenario {
  title = { es = "La deuda de la cosecha", en = "The harvest debt" },
  summary = {
    es = "En un consulado móvil, en un pueblo de huertas de Estados Unidos, el piloto de un contratista trae los pasaportes de ocho trabajadores guatemaltecos. Uno de ellos debe la visa y el viaje, y la deuda no baja. No quiere que lo rescaten: su familia vive de lo que él manda.",
    en = "At a mobile consulate in an orchard town in the United States, a contractor's driver brings in the passports of eight Guatemalan workers. One of them owes for his visa and his journey, and the debt never goes down. He does not want to be rescued: his family lives on what he sends home.",
  },
  audience = "consular",
  person = { age = "adult", gender = "male", nationality = "GT", exploitation = "labour", trafficking = true },
  setting = { country = "US", institution = "consulate" },
  minutes = 20,
  difficulty = 3,
  feedback = "immediate",
  objectives = {
    {
      es = "Distinguir la trata de personas del tráfico ilícito de migrantes y del abuso laboral con los tres elementos: acto, medio y fin. Sin llamar trata a lo que no lo es, ni dejar de verla cuando está.",
      en = "Tell trafficking in persons apart from migrant smuggling and from labour abuse using the three elements: act, means and purpose. Without calling trafficking what is not, or missing it when it is there.",
    },
    {
      es = "Reconocer las señales del trabajo forzoso en un hombre adulto: una deuda que no baja, documentos retenidos, amenazas de deportación, dinero controlado. Sin tomar como señal su origen, su idioma o su visa.",
      en = "Recognise the signs of forced labour in an adult man: a debt that never goes down, documents held, threats of deportation, money controlled by others. Without taking his origin, his language or his visa as signs.",
    },
    {
      es = "Crear condiciones seguras para hablar en un consulado móvil: a solas, con consentimiento informado y con los límites de la confidencialidad explicados al inicio.",
      en = "Create safe conditions to talk at a mobile consulate: alone, with informed consent, and with the limits of confidentiality explained at the start.",
    },
    {
      es = "Respetar a un adulto que no quiere ser rescatado: sin promesas, sin presionarlo a denunciar ni a regresar, con un plan de seguridad y una derivación que él acepte.",
      en = "Respect an adult who does not want to be rescued: no promises, no pressure to report or to go home, and a safety plan and referral that he accepts.",
    },
  },
  content_note = {
    es = "Esta historia trata de engaño laboral, deudas, trabajo forzoso en el campo y amenazas de deportación. No describe violencia, pero puede remover experiencias personales o familiares. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with job deception, debt, forced labour on farms and threats of deportation. It describes no violence, but it may stir personal or family experiences. You can pause at any time.",
  },
  start = "rigo_at_the_door",
  vars = { trust = 1, safety = 2 },

  scene "rigo_at_the_door" {
    text = {
      es = "Sábado, ocho de la mañana. El consulado de Guatemala abre un consulado móvil en el salón de una parroquia, en un pueblo de huertas de manzana, a tres horas de la sede. Sus colegas renuevan pasaportes; usted atiende los casos de protección. Antes de que se abra la fila, se le acerca un muchacho. Se llama Rigoberto, tiene 24 años y trabajaba en una empacadora. Renunció hace dos semanas porque el encargado le gritaba, y todavía no le pagan los últimos quince días. Trae su pasaporte en la bolsa de la chumpa. “Vine con visa, como todos. Lo que quiero es mi pisto.”",
      en = "Saturday, eight in the morning. The Guatemalan consulate is holding a mobile consulate in a parish hall, in an apple-orchard town three hours from its office. Your colleagues are renewing passports; you handle protection cases. Before the queue opens, a young man comes up to you. His name is Rigoberto, he is 24 and he worked at a packing plant. He quit two weeks ago because the supervisor shouted at him, and he still has not been paid for his last fortnight. His passport is in his jacket pocket. “I came on a visa, like everyone. What I want is my money.”",
    },
    prompt = {
      es = "A Rigoberto le deben dinero y lo trataban mal. ¿Qué elemento de la trata está presente en su caso y cuál falta? ¿Qué ayuda le sirve a él?",
      en = "Rigoberto is owed money and was treated badly. Which element of trafficking is present in his case, and which is missing? What help is of use to him?",
    },
    detail "rigo_unpaid" {
      neutral = true,
      text = {
        es = "La empacadora le debe dos semanas de sueldo.",
        en = "The packing plant owes him two weeks' wages.",
      },
      why = {
        es = "Un sueldo sin pagar es un abuso laboral, y Rigoberto tiene derecho a reclamarlo. Pero renunció cuando quiso, tiene su pasaporte y no le debe nada a nadie. No hay un medio que lo retenga, como engaño, deuda o amenaza. Sin ese elemento, no es trata.",
        en = "Unpaid wages are labour abuse, and Rigoberto has a right to claim them. But he quit when he chose to, he has his passport and he owes no one anything. No means holds him there, such as deception, debt or threats. Without that element, it is not trafficking.",
      },
    },
    detail "rigo_paid_a_recruiter" {
      neutral = true,
      text = {
        es = "Para venir le pagó a un reclutador de San Marcos; dice que terminó de pagarle el primer mes.",
        en = "To come here he paid a recruiter in San Marcos; he says he finished paying him in the first month.",
      },
      why = {
        es = "Haber pagado por un trámite o un viaje no es, por sí solo, una señal. Una deuda que se pagó y se acabó no ata a nadie. La señal es la deuda que nunca baja y que sirve para retener a la persona.",
        en = "Having paid for paperwork or a journey is not, on its own, a sign. A debt that was paid and is over ties no one. The sign is a debt that never goes down and serves to hold the person.",
      },
    },
    choice {
      id = "explain_his_wage_claim",
      to = "the_table",
      practice = "protect_labour_rights",
      text = {
        es = "Decirle que tiene derecho a que le paguen lo trabajado. Anotar sus datos y los de la empacadora, y darle el contacto de una organización que defiende a trabajadores del campo.",
        en = "Tell him he has a right to be paid for the work he did. Take down his details and the packing plant's, and give him the contact of an organisation that defends farm workers.",
      },
      note = {
        es = "Hubo un acto (lo reclutaron y viajó), pero no un medio: tiene su pasaporte, no debe nada y pudo renunciar. Es un abuso laboral. Merece apoyo para cobrar, no la etiqueta de víctima de trata. Lo que pueda reclamar según la ley del lugar se lo dirá la organización o un abogado.",
        en = "There was an act (he was recruited and travelled), but no means: he has his passport, owes nothing and was able to quit. It is labour abuse. It deserves help to get paid, not the label of trafficking victim. What he can claim under local law is for the organisation or a lawyer to tell him.",
      },
    },
    choice {
      id = "register_him_as_possible_victim",
      to = "the_table",
      harm = "label_without_the_elements",
      effects = { trust = -1 },
      text = {
        es = "Tomarlo en serio: a un migrante al que no le pagan lo pueden estar explotando. Anotarlo como posible víctima de trata y llamar con él, ahí mismo, a la línea contra la trata para que lo atiendan.",
        en = "Take it seriously: a migrant who is not being paid may be being exploited. Record him as a possible trafficking victim and call the anti-trafficking line with him, right there, so that they take his case.",
      },
      consequence = {
        es = "Rigoberto no quería hablar de trata: quería su sueldo. Se fue molesto, sin el contacto que sí le servía. Afuera se lo contó a quien quiso oírlo: en el consulado “lo hacen víctima a uno y llaman a la policía”. Cuando llegaron los hombres de don Abner, eso ya se decía en la fila.",
        en = "Rigoberto did not want to talk about trafficking: he wanted his wages. He left annoyed, without the contact that would have helped him. Outside he told anyone who would listen that at the consulate “they make you a victim and call the police”. By the time don Abner's men arrived, the queue was already saying it.",
      },
      note = {
        es = "Falta un elemento: nada lo retiene. Llamar trata a un mal trabajo lo expone a un proceso que no pidió, le quita la ayuda que sí necesita y resta credibilidad a los casos reales.",
        en = "One element is missing: nothing holds him. Calling a bad job trafficking exposes him to a process he did not ask for, withholds the help he does need and undermines real cases.",
      },
    },
    choice {
      id = "tell_him_to_talk_to_the_boss",
      to = "the_table",
      harm = "leave_without_referral",
      effects = { trust = -1 },
      text = {
        es = "Explicarle que hoy el equipo solo hace pasaportes y que el sueldo se arregla con el patrón. Sugerirle que vuelva a la empacadora y hable con el encargado con calma.",
        en = "Explain that today the team only does passports and that wages are settled with the employer. Suggest he go back to the packing plant and talk to the supervisor calmly.",
      },
      consequence = {
        es = "Rigoberto se fue sin saber dónde reclamar. Varios hombres vieron cómo lo despacharon, y se lo contaron a los que iban llegando a la fila.",
        en = "Rigoberto left without knowing where to make a claim. Several men saw him sent away, and told the others as they joined the queue.",
      },
      note = {
        es = "No es trata, pero sí un abuso que merece orientación. Un trabajador despachado sin un contacto no vuelve, y los demás aprenden que no vale la pena acercarse.",
        en = "It is not trafficking, but it is abuse that deserves guidance. A worker sent away without a contact does not come back, and the others learn that it is not worth asking.",
      },
    },
  },

  scene "the_table" {
    text = {
      es = "A las nueve llega un microbús blanco. Fredy, el piloto, trabaja para don Abner, un contratista que lleva cuadrillas a las huertas. Baja con ocho hombres y pone en la mesa una bolsa plástica con ocho pasaportes. “Los vengo a renovar todos, para la visa del otro año. Yo les lleno los papeles, que ellos no saben, y nos vamos rápido, que hay trabajo.” Los hombres esperan de pie detrás de él. El último, de unos treinta y cinco años, no levanta la vista del suelo.",
      en = "At nine a white minibus pulls up. Fredy, the driver, works for don Abner, a contractor who supplies crews to the orchards. He gets out with eight men and puts a plastic bag with eight passports on the table. “I've come to renew them all, for next year's visa. I'll fill in their forms, they don't know how, and we'll be quick, there's work to do.” The men stand waiting behind him. The last of them, about thirty-five, does not lift his eyes from the floor.",
    },
    detail "passports_in_a_bag" {
      indicator = "documents_held",
      text = {
        es = "Fredy trae los pasaportes de los ocho en una bolsa; ninguno trae el suyo.",
        en = "Fredy carries all eight passports in a bag; none of the men carries his own.",
      },
    },
    detail "fredy_speaks_for_them" {
      indicator = "controlled_communication",
      text = {
        es = "Fredy contesta por los trabajadores y quiere llenar él sus formularios.",
        en = "Fredy answers for the workers and wants to fill in their forms himself.",
      },
    },
    detail "fredy_drives_them" {
      indicator = "escorted_to_work",
      text = {
        es = "Vinieron en el microbús del contratista, que maneja Fredy, y se van con él.",
        en = "They came in the contractor's minibus, which Fredy drives, and they leave with him.",
      },
    },
    detail "crew_languages" {
      neutral = true,
      text = {
        es = "Algunos hombres hablan k'iche' entre ellos; otros, solo español.",
        en = "Some of the men speak K'iche' among themselves; others speak only Spanish.",
      },
      why = {
        es = "El idioma o el origen de un trabajador no dicen nada de su situación. Lo que sí dice algo es quién tiene sus pasaportes y quién habla por ellos.",
        en = "A worker's language or origin says nothing about his situation. What does say something is who holds their passports and who speaks for them.",
      },
    },
    choice {
      id = "call_each_applicant_to_the_back",
      to = "back_room",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Explicarle a Fredy que cada solicitante pasa solo a la mesa de atrás, con su pasaporte, para la foto y las huellas, y que él espere aquí con los demás.",
        en = "Explain to Fredy that each applicant goes alone to the back table with his passport, for the photo and fingerprints, and that he should wait here with the others.",
      },
      note = {
        es = "Es lo que se le dice a cualquier solicitante, así que nadie queda señalado. Y cada hombre tiene un momento a solas con el consulado.",
        en = "It is what any applicant is told, so no one is singled out. And each man gets a moment alone with the consulate.",
      },
    },
    choice {
      id = "ask_the_crew_here",
      note = {
        es = "Con quien los controla escuchando, nadie puede decir otra cosa que lo que se espera de él. Hable con cada uno a solas.",
        en = "With the man who controls them listening, no one can say anything but what is expected of him. Talk with each man alone.",
      },
      to = "boss_answers",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Aprovechar que están todos juntos y que Fredy tiene prisa: preguntarles ahí mismo, con amabilidad y sin señalar a nadie, si alguno tiene problemas con el trabajo o con el contratista.",
        en = "Make the most of having them all together while Fredy is in a hurry: ask them right there, kindly and without singling anyone out, whether any of them has a problem with the work or the contractor.",
      },
      consequence = {
        es = "Con Fredy escuchando, nadie podía contestar otra cosa que “todo bien”. Y Fredy supo que el consulado estaba haciendo preguntas.",
        en = "With Fredy listening, no one could answer anything but “all fine”. And Fredy learned that the consulate was asking questions.",
      },
    },
    choice {
      id = "let_fredy_fill_in_the_forms",
      note = {
        es = "Un trámite de rutina es una ocasión para hablar a solas. Si el intermediario llena los papeles y habla por ellos, esa ocasión se pierde.",
        en = "A routine procedure is a chance to talk alone. If the middleman fills in the papers and speaks for them, that chance is lost.",
      },
      to = "back_to_the_farm",
      harm = "leave_without_referral",
      text = {
        es = "Agilizar como pide Fredy: que él llene los formularios con los datos que trae, y que los hombres pasen solo a firmar, tomarse la foto y poner las huellas.",
        en = "Speed things up as Fredy asks: he fills in the forms with the details he has, and the men come forward only to sign, have their photo taken and give fingerprints.",
      },
      consequence = {
        es = "Cada hombre estuvo un minuto frente a la cámara, con Fredy a dos pasos. Nadie les preguntó nada, y los pasaportes volvieron a la bolsa.",
        en = "Each man spent a minute in front of the camera with Fredy two steps away. No one asked them anything, and the passports went back into the bag.",
      },
    },
  },

  scene "boss_answers" {
    text = {
      es = "Fredy se ríe. “¿Problemas? Aquí todos están contentos, ¿verdad, muchá?” Los hombres asienten. El del fondo contesta con las mismas palabras de Fredy: “Todo bien, gracias a Dios hay trabajo.” Fredy mira el reloj.",
      en = "Fredy laughs. “Problems? Everyone's happy here, right, lads?” The men nod. The one at the back answers in Fredy's very words: “All fine, thank God there's work.” Fredy looks at his watch.",
    },
    detail "repeats_fredys_words" {
      indicator = "coached_answers",
      text = {
        es = "El hombre del fondo mira a Fredy antes de contestar y repite lo que él dijo.",
        en = "The man at the back looks at Fredy before answering and repeats what Fredy said.",
      },
    },
    choice {
      id = "take_photos_one_by_one_anyway",
      note = {
        es = "Aún se puede corregir: hablar con cada uno a solas, como con cualquier solicitante, sin señalar a nadie.",
        en = "It can still be put right: talk with each man alone, as with any applicant, without singling anyone out.",
      },
      to = "back_room",
      practice = "separate_from_companion",
      text = {
        es = "Decir que la foto y las huellas se toman a cada uno en la mesa de atrás, de todos modos, y llamarlos por orden.",
        en = "Say that photos and fingerprints are taken one at a time at the back table anyway, and call them in order.",
      },
    },
    choice {
      id = "take_them_at_their_word",
      note = {
        es = "Un “todo bien” dicho delante de Fredy no dice nada. La foto y las huellas, uno por uno, daban la ocasión de hablar a solas.",
        en = "An “all fine” said in front of Fredy tells you nothing. Photos and fingerprints, one at a time, were the chance to talk alone.",
      },
      to = "back_to_the_farm",
      harm = "leave_without_referral",
      text = {
        es = "Tomarles la palabra: si todos dicen que están bien, renovar los pasaportes como pidió Fredy y dejarlos volver al trabajo.",
        en = "Take them at their word: if they all say they are fine, renew the passports as Fredy asked and let them get back to work.",
      },
      consequence = {
        es = "Se fueron como llegaron. Lo único que quedó de la visita fue que Fredy ya sabía que el consulado preguntaba.",
        en = "They left as they had come. All that remained of the visit was that Fredy now knew the consulate asked questions.",
      },
    },
    choice {
      id = "ask_fredy_why_he_has_the_passports",
      note = {
        es = "Enfrentar a quien controla a los trabajadores lo pone en alerta y no les devuelve nada. Lo que usted sabe se pasa, con el acuerdo de ellos, a quien pueda investigar.",
        en = "Confronting the man who controls the workers puts him on guard and gives them nothing back. What you know goes, with their agreement, to those who can investigate.",
      },
      to = "back_room",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Preguntarle a Fredy, delante de todos, por qué tiene él los pasaportes de los ocho, y pedirle que cada uno reciba el suyo.",
        en = "Ask Fredy, in front of everyone, why he is carrying all eight passports, and ask him to give each man his own.",
      },
      consequence = {
        es = "Fredy repartió los pasaportes con una sonrisa y los recogió otra vez en el microbús. Ahora sabía que alguien en el consulado se había fijado.",
        en = "Fredy handed out the passports with a smile and collected them again in the minibus. Now he knew someone at the consulate had noticed.",
      },
    },
  },

  scene "back_room" {
    text = {
      es = "En un aula de catequesis, con la puerta cerrada, el último hombre de la fila se sienta frente a usted. Se llama Élmer Orellana, tiene 36 años y es de una aldea de Jutiapa. Su pasaporte vence en dos meses. Le pide que le lea el formulario en voz alta, porque él lee despacio. Contesta lo justo y mira la puerta. “Apúrele, por favor, que Fredy cuenta cuánto se tarda uno.” Antes de seguir, pregunta dos cosas: si lo que diga aquí le llega al contratista, y si el consulado le avisa a Migración.",
      en = "In a catechism classroom, with the door closed, the last man in the queue sits down across from you. His name is Élmer Orellana, he is 36 and he comes from a village in Jutiapa. His passport expires in two months. He asks you to read the form aloud to him, because he reads slowly. He answers only what he must and keeps an eye on the door. “Hurry, please, Fredy counts how long each of us takes.” Before going on he asks two things: whether what he says here will reach the contractor, and whether the consulate reports people to immigration.",
    },
    detail "visa_in_order" {
      neutral = true,
      text = {
        es = "Entró a Estados Unidos con una visa de trabajo temporal, que sigue vigente.",
        en = "He entered the United States on a temporary work visa, which is still valid.",
      },
      why = {
        es = "Tener los papeles en regla no descarta la trata. No depende de cómo cruzó la frontera, sino de cómo lo captaron y de qué lo retiene ahora.",
        en = "Having his papers in order does not rule out trafficking. It does not depend on how he crossed the border, but on how he was recruited and what holds him now.",
      },
    },
    detail "reads_slowly" {
      neutral = true,
      text = {
        es = "Lee con dificultad y prefiere que le lean los papeles.",
        en = "He reads with difficulty and prefers to have papers read to him.",
      },
      why = {
        es = "Leer con dificultad no es una señal de trata. Es una razón para explicarle todo con calma, en palabras sencillas, y para no darle a firmar nada que no entienda.",
        en = "Reading with difficulty is not a sign of trafficking. It is a reason to explain everything calmly and in plain words, and never to give him anything to sign that he does not understand.",
      },
    },
    detail "fredy_times_him" {
      indicator = "not_free_to_leave",
      text = {
        es = "Fredy cuenta los minutos que cada trabajador pasa fuera de su vista.",
        en = "Fredy counts the minutes each worker spends out of his sight.",
      },
    },
    choice {
      id = "explain_consent_and_its_limits",
      to = "his_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Presentarse y decirle para qué es la conversación, que puede no contestar o parar cuando quiera, qué queda entre los dos y en qué casos usted tendría que informar algo.",
        en = "Introduce yourself and say what the talk is for, that he may refuse to answer or stop at any time, what stays between you and when you would have to report something.",
      },
      note = {
        es = "Conteste también sus dos preguntas con la verdad: el consulado no le cuenta nada al contratista, y decidir sobre su situación migratoria no le toca al consulado.",
        en = "Answer his two questions truthfully too: the consulate tells the contractor nothing, and decisions on his immigration status are not the consulate's to make.",
      },
    },
    choice {
      id = "promise_nothing_leaves_the_room",
      note = {
        es = "Usted tendrá que consultar el caso con el cónsul y, si él acepta, con otras instituciones. Diga desde el inicio qué queda en reserva y qué no.",
        en = "You will have to discuss the case with the consul and, if he agrees, with other institutions. Say from the start what stays confidential and what does not.",
      },
      to = "his_story",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Tranquilizarlo de entrada: el consulado es de Guatemala y no le rinde cuentas a Migración ni al contratista. Nada de lo que diga sale de esta aula, y así se lo promete usted.",
        en = "Reassure him at once: the consulate is Guatemala's and answers neither to immigration nor to the contractor. Nothing he says will leave this room, and you give him your word on it.",
      },
      consequence = {
        es = "Más tarde, cuando usted tuvo que consultar su caso con el cónsul y con una organización, Élmer sintió que le habían mentido desde el principio.",
        en = "Later, when you had to discuss his case with the consul and with an organisation, Élmer felt he had been lied to from the start.",
      },
    },
    choice {
      id = "go_straight_to_the_questions",
      to = "his_story",
      harm = "no_explanation_of_confidentiality_limits",
      text = {
        es = "Decirle que no se preocupe, que es un trámite de rutina, y pasar a las preguntas: quién es su patrón, dónde vive, cuánto gana y quién tiene su pasaporte.",
        en = "Tell him not to worry, it is routine, and move on to the questions: who his employer is, where he lives, how much he earns and who has his passport.",
      },
      consequence = {
        es = "Sin saber adónde iría lo que contaba, Élmer contestó lo mínimo y se guardó lo que más pesaba.",
        en = "Not knowing where his words would go, Élmer answered the minimum and kept back what weighed on him most.",
      },
    },
  },

  scene "his_story" {
    text = {
      es = "Élmer habla despacio. Después de la sequía, cuando se perdió el maíz, don Ovidio, un reclutador conocido en su pueblo, le ofreció la cosecha de manzana con visa, vivienda y sueldo por hora en dólares. La visa, el pasaje y “los trámites” costaban treinta mil quetzales. Don Ovidio se los prestó, a pagar con el sueldo, y se quedó con la escritura del terreno de la familia como garantía. Al llegar, don Abner les recogió los pasaportes “para que no se pierdan en la galera”.",
      en = "Élmer speaks slowly. After the drought, when the maize crop was lost, don Ovidio, a recruiter everyone in his town knows, offered him the apple harvest with a visa, housing and an hourly wage in dollars. The visa, the fare and “the paperwork” cost thirty thousand quetzales. Don Ovidio lent him the money, to be repaid out of his wages, and kept the deed to the family's land as security. When they arrived, don Abner collected their passports “so they don't get lost in the bunkhouse”.",
    },
    detail "drought_and_the_deed" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "La oferta llegó justo después de la sequía, y la escritura del terreno quedó en manos del reclutador.",
        en = "The offer came just after the drought, and the deed to the land ended up in the recruiter's hands.",
      },
    },
    detail "loan_for_the_visa" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "El reclutador le prestó la visa y el pasaje, a descontar del sueldo.",
        en = "The recruiter advanced him the visa and the fare, to be deducted from his wages.",
      },
    },
    detail "signed_willingly" {
      neutral = true,
      text = {
        es = "Firmó el contrato y vino porque quiso: dice que nadie lo obligó a venir.",
        en = "He signed the contract and came because he wanted to: he says no one forced him to come.",
      },
      why = {
        es = "Haber aceptado el trabajo no es una señal de trata, pero tampoco la descarta. Importa cómo lo captaron y qué puede decidir ahora. Si hubo engaño o una deuda que lo ata, su “sí” del principio no cuenta.",
        en = "Having accepted the job is not a sign of trafficking, but it does not rule it out either. What matters is how he was recruited and what he can decide now. If there was deception or a debt that binds him, his “yes” at the start does not count.",
      },
    },
    detail "moved_to_other_farms" {
      indicator = "deceptive_job_offer",
      when = "trust >= 2",
      text = {
        es = "El contrato nombra una huerta, pero don Abner los lleva a otras fincas y a una empacadora, según le convenga.",
        en = "The contract names one orchard, but don Abner takes them to other farms and to a packing plant, as it suits him.",
      },
    },
    detail "debt_never_shrinks" {
      indicator = "debt_bondage",
      when = "trust >= 3",
      text = {
        es = "Cada quincena le descuentan “lo de don Ovidio”, pero con los intereses la deuda está igual que cuando llegó.",
        en = "Every fortnight “don Ovidio's share” is deducted, but with the interest the debt is the same as when he arrived.",
      },
    },
    detail "deductions_leave_little" {
      indicator = "no_pay",
      when = "trust >= 3",
      text = {
        es = "Después de descontarle la galera, el transporte, la comida y la deuda, le queda menos de la mitad de lo prometido.",
        en = "After deductions for the bunkhouse, transport, food and the debt, he is left with less than half of what he was promised.",
      },
    },
    choice {
      id = "thank_him_and_ask_what_worries_him",
      note = {
        es = "Muchos hombres en su situación sienten vergüenza por la deuda o por haber confiado. Decirle que no es culpa suya le abre la puerta a contar el resto.",
        en = "Many men in his situation feel ashamed of the debt or of having trusted someone. Telling him it is not his fault opens the door to the rest of his story.",
      },
      to = "naming_it",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Agradecerle la confianza. Decirle que pedir prestado para trabajar no lo hace culpable de lo que le están haciendo, y preguntarle qué le preocupa más ahora.",
        en = "Thank him for trusting you. Tell him that borrowing money to work does not make him to blame for what is being done to him, and ask what worries him most now.",
      },
    },
    choice {
      id = "ask_why_he_gave_ovidio_the_deed",
      note = {
        es = "Preguntar por qué confió lo hace responsable de un engaño ajeno. Pregunte qué pasó, no por qué lo permitió.",
        en = "Asking why he trusted makes him responsible for someone else's deception. Ask what happened, not why he let it happen.",
      },
      to = "naming_it",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Para entender bien el caso, preguntarle con calma por qué le entregó la escritura a alguien como don Ovidio, si en el pueblo todos saben cómo trabajan esos reclutadores.",
        en = "To understand the case properly, ask him calmly why he handed over the deed to someone like don Ovidio, when everyone in his town knows how those recruiters operate.",
      },
      consequence = {
        es = "La pregunta le confirmó lo que ya pensaba de sí mismo: que había sido un tonto. Desde ahí contó mucho menos.",
        en = "The question confirmed what he already thought of himself: that he had been a fool. From then on he said much less.",
      },
    },
    choice {
      id = "advise_him_to_finish_the_season",
      note = {
        es = "Una deuda que no baja, el pasaporte retenido y un trabajo distinto del prometido no se arreglan aguantando. Son señales de trabajo forzoso: pregunte más y busque orientación.",
        en = "A debt that never goes down, a passport held and work other than what was promised are not solved by holding on. They are signs of forced labour: ask more and seek advice.",
      },
      to = "naming_it",
      harm = "brush_off_the_signs",
      effects = { trust = -1 },
      text = {
        es = "Aconsejarle paciencia, como haría un amigo: la temporada termina en unas semanas, y no vale la pena arriesgar el terreno ni la visa del otro año por aguantar un poco más.",
        en = "Advise patience, as a friend would: the season ends in a few weeks, and it is not worth risking the land or next year's visa for the sake of holding on a little longer.",
      },
      consequence = {
        es = "Élmer entendió que tampoco en el consulado veían nada raro. Dejó de contar, y la deuda siguió donde estaba.",
        en = "Élmer understood that the consulate, too, saw nothing wrong. He stopped talking, and the debt stayed where it was.",
      },
    },
  },

  scene "naming_it" {
    text = {
      es = "Usted sale al pasillo a llamar al cónsul, que está en la sede. Él necesita saber qué clase de caso es para decidir qué hacer y a quién avisar, y le pide que se lo diga en pocas palabras. Usted repasa lo que sabe. A Élmer lo reclutaron en Jutiapa, pagó por venir y entró con visa. Trabaja para el contratista que lo recibió y que le guarda el pasaporte.",
      en = "You step into the corridor to call the consul, who is at the office. He needs to know what kind of case this is to decide what to do and whom to tell, and he asks you to put it in a few words. You go over what you know. Élmer was recruited in Jutiapa, paid to come and entered on a visa. He works for the contractor who received him and who keeps his passport.",
    },
    prompt = {
      es = "Dibuje tres columnas: acto, medio y fin. ¿Qué va en cada una para Élmer, y qué para Rigoberto? ¿En qué se distingue Élmer de un migrante que le pagó a un coyote, cruzó y quedó libre al llegar?",
      en = "Draw three columns: act, means and purpose. What goes in each for Élmer, and what for Rigoberto? How does Élmer differ from a migrant who paid a smuggler, crossed and was free on arrival?",
    },
    choice {
      id = "call_it_possible_trafficking",
      to = "not_grateful",
      practice = "identify_the_elements",
      text = {
        es = "Posible trata: lo captaron y lo recibieron; hay engaño, una deuda que no baja y el pasaporte retenido; y el fin es su trabajo casi sin paga.",
        en = "Possible trafficking: he was recruited and received; there is deception, an endless debt and a passport held; and the purpose is his labour at almost no pay.",
      },
      note = {
        es = "Acto: lo captaron en Jutiapa y el contratista lo recibió. Medio: engaño sobre el trabajo, una deuda que lo ata, el pasaporte retenido, el miedo a Migración. Fin: trabajo forzoso. Con esos medios, su “sí” del principio no cuenta. Haber entrado con visa no cambia nada.",
        en = "Act: he was recruited in Jutiapa and received by the contractor. Means: deception about the work, a debt that binds him, his passport held, the fear of immigration. Purpose: forced labour. With those means, his “yes” at the start does not count. Having entered on a visa changes nothing.",
      },
    },
    choice {
      id = "call_it_migrant_smuggling",
      to = "second_look",
      harm = "treat_as_smuggling_only",
      effects = { trust = -1 },
      text = {
        es = "Tráfico ilícito de migrantes: le pagó treinta mil quetzales a un reclutador para que lo trajera. Pasar el caso a Guatemala para que se denuncie a don Ovidio.",
        en = "Migrant smuggling: he paid a recruiter thirty thousand quetzales to bring him here. Pass the case to Guatemala so that don Ovidio is reported there.",
      },
      note = {
        es = "El tráfico ilícito facilita una entrada irregular y termina al llegar. Élmer entró con visa, y la relación no terminó al llegar: sigue pagando y trabajando bajo control. Un viaje pagado puede ser el comienzo de la trata.",
        en = "Smuggling procures an irregular entry and ends on arrival. Élmer entered on a visa, and the relationship did not end on arrival: he is still paying and working under control. A paid journey can be where trafficking begins.",
      },
    },
    choice {
      id = "call_it_a_labour_dispute",
      to = "second_look",
      harm = "dismiss_because_she_consented",
      effects = { trust = -1 },
      text = {
        es = "Conflicto laboral: vino con visa y firmó el contrato por su voluntad, pero le pagan menos de lo prometido. Derivarlo a una organización laboral para que reclame.",
        en = "A labour dispute: he came on a visa and signed the contract of his own free will, but he is paid less than promised. Refer him to a labour organisation to make a claim.",
      },
      note = {
        es = "Compárelo con Rigoberto: él tiene su pasaporte, no debe y pudo renunciar. Élmer no. El engaño, la deuda que no baja y el pasaporte retenido son medios, y con ellos su consentimiento inicial deja de contar.",
        en = "Compare him with Rigoberto: Rigoberto has his passport, owes nothing and was able to quit. Élmer cannot. Deception, a debt that never goes down and a passport held are means, and with them his initial consent no longer counts.",
      },
    },
  },

  scene "second_look" {
    text = {
      es = "Usted vuelve al aula y le explica a Élmer lo que propone. Él niega con la cabeza. “Eso no me sirve. Don Ovidio está allá, y lo mío no es cosa de unos dólares. Es que no me puedo ir.” Cuenta que de la galera solo salen los domingos, en el microbús, a comprar al supermercado, y que Fredy los cuenta al subir y al bajar.",
      en = "You go back to the classroom and explain to Élmer what you propose. He shakes his head. “That's no use to me. Don Ovidio is back there, and my problem isn't a few dollars. It's that I can't leave.” He says they only leave the bunkhouse on Sundays, in the minibus, to shop at the supermarket, and that Fredy counts them getting on and getting off.",
    },
    detail "sunday_outings" {
      indicator = "not_free_to_leave",
      text = {
        es = "Solo salen de la galera los domingos, en el microbús, y Fredy los cuenta.",
        en = "They only leave the bunkhouse on Sundays, in the minibus, and Fredy counts them.",
      },
    },
    choice {
      id = "look_again_at_the_elements",
      to = "not_grateful",
      practice = "identify_the_elements",
      text = {
        es = "Reconocer que lo leyó mal: lo que lo ata no terminó al llegar. Volver a llamar al cónsul, repasar el acto, el medio y el fin, y tratarlo como posible trata.",
        en = "Admit you read it wrongly: what binds him did not end on arrival. Call the consul back, go over the act, the means and the purpose, and treat it as possible trafficking.",
      },
    },
    choice {
      id = "keep_the_referral_as_planned",
      note = {
        es = "Una derivación que no toca lo que lo retiene (el pasaporte, la deuda, el miedo) no lo protege. Revise los tres elementos antes de cerrar el caso.",
        en = "A referral that does not touch what holds him (the passport, the debt, the fear) does not protect him. Check the three elements before closing the case.",
      },
      to = "back_to_the_farm",
      harm = "leave_without_referral",
      text = {
        es = "Mantener lo que propuso, que se ajusta a lo que él mismo contó: darle el contacto por escrito, anotar el caso y dejarlo volver con Fredy antes de que sospeche.",
        en = "Keep to what you proposed, which fits what he himself told you: give him the contact in writing, note the case and let him go back to Fredy before Fredy grows suspicious.",
      },
      consequence = {
        es = "Élmer guardó el papel sin leerlo. Lo que le habían ofrecido no tocaba nada de lo que lo retenía.",
        en = "Élmer put the slip away without reading it. What he had been offered touched none of what was holding him.",
      },
    },
    choice {
      id = "log_it_and_ask_him_to_call_back",
      to = "back_to_the_farm",
      harm = "let_it_drop",
      text = {
        es = "Anotarlo en el informe del día, darle la tarjeta del consulado y decirle que llame si la situación empeora o si un día decide denunciar.",
        en = "Put it in the day's report, give him the consulate's card and tell him to call if things get worse or if one day he decides to report it.",
      },
      consequence = {
        es = "El informe se archivó con los demás trámites del sábado. Nadie más supo de don Abner ni de don Ovidio, que esa temporada reclutó a otros doce.",
        en = "The report was filed with the rest of Saturday's paperwork. No one else heard of don Abner or don Ovidio, who recruited twelve more men that season.",
      },
    },
  },

  scene "not_grateful" {
    text = {
      es = "De vuelta en el aula, usted le dice a Élmer que lo que describe es grave, que hay quienes pueden ayudarlo y que la decisión es de él. Élmer se cruza de brazos. “Yo no pedí que me rescataran. Mis tres patojos comen de lo que mando. Si me voy, don Ovidio se queda con el terreno. Y don Abner dice que al que se queja lo entrega a Migración, y uno sale deportado y con la deuda igual.”",
      en = "Back in the classroom, you tell Élmer that what he describes is serious, that there are people who can help him and that the decision is his. Élmer folds his arms. “I didn't ask to be rescued. My three kids eat from what I send. If I leave, don Ovidio keeps the land. And don Abner says anyone who complains gets handed to immigration, and you end up deported with the debt just the same.”",
    },
    detail "abner_threatens_deportation" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Don Abner les dice que al que se queje lo entrega a Migración.",
        en = "Don Abner tells them that anyone who complains will be handed to immigration.",
      },
    },
    detail "defends_abner" {
      indicator = "protects_exploiter",
      text = {
        es = "“Don Abner no es mala gente”, aclara: “nos dio trabajo cuando nadie más nos daba”.",
        en = "“Don Abner isn't a bad man,” he insists: “he gave us work when nobody else would.”",
      },
    },
    detail "abner_sends_the_money" {
      indicator = "no_control_of_money",
      when = "trust >= 4",
      text = {
        es = "Es don Abner quien le manda el dinero a su esposa, cuando quiere y lo que él calcula.",
        en = "It is don Abner who sends money to his wife, when he chooses and in the amount he works out.",
      },
    },
    detail "angry_at_you" {
      neutral = true,
      text = {
        es = "Está molesto con usted y dice que él no pidió que lo rescataran.",
        en = "He is annoyed with you and says he did not ask to be rescued.",
      },
      why = {
        es = "Rechazar la ayuda no prueba ni descarta nada. Muchas personas en su situación tienen razones de peso para desconfiar. Su enojo dice qué teme, no que esté bien ni que mienta.",
        en = "Turning help down neither proves nor rules out anything. Many people in his situation have good reasons to be wary. His anger tells you what he fears, not that he is fine or that he is lying.",
      },
    },
    choice {
      id = "ask_what_he_fears_and_wants",
      note = {
        es = "Es un adulto y conoce sus riesgos mejor que nadie. Construya con él los pasos siguientes; si hoy no acepta ayuda, déjele una forma segura de volver a buscarla.",
        en = "He is an adult and knows his risks better than anyone. Build the next steps with him; if he turns help down today, leave him a safe way to come back for it.",
      },
      to = "interruption",
      practice = "respect_her_assessment",
      effects = { trust = 1 },
      text = {
        es = "Preguntarle qué teme más y qué querría él. Decirle que nada se hará sin su acuerdo, tampoco una denuncia.",
        en = "Ask him what he fears most and what he would want. Tell him nothing will be done without his agreement, not even a report.",
      },
    },
    choice {
      id = "report_the_farm_today",
      note = {
        es = "Él acaba de decir qué teme si alguien se queja. Actuar contra lo que dice puede ponerlo en peligro a él y a su familia. Cualquier aviso a las autoridades se decide con él.",
        en = "He has just told you what he fears if anyone complains. Acting against what he says can put him and his family in danger. Any report to the authorities is decided with him.",
      },
      to = "interruption",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Explicarle que hay otros siete hombres igual que él, y llamar hoy a la línea contra la trata para que intervengan la huerta cuanto antes.",
        en = "Explain that seven other men are in the same position, and call the anti-trafficking line today so that the orchard is dealt with as soon as possible.",
      },
      consequence = {
        es = "Élmer le pidió que colgara. Si la huerta se llenaba de policías, don Abner sabría quién había hablado, y él lo había dicho. Desde ahí midió cada palabra.",
        en = "Élmer asked you to hang up. If the orchard filled with police, don Abner would know who had talked, and he had told you so. From then on he weighed every word.",
      },
    },
    choice {
      id = "arrange_his_return_home",
      note = {
        es = "Un adulto decide si regresa. Volver con la deuda entera lo deja donde empezó el riesgo. Explíquele sus opciones y respete lo que decida.",
        en = "An adult decides whether to go back. Going home with the whole debt leaves him where the risk began. Explain his options and respect what he decides.",
      },
      to = "forced_return",
      harm = "force_return",
      effects = { trust = -2 },
      text = {
        es = "Decirle que, con lo que contó, lo más seguro es regresar a Guatemala, y empezar hoy los trámites del retorno aunque él dude.",
        en = "Tell him that, after what he has told you, going back to Guatemala is safest, and start the return arrangements today even though he is unsure.",
      },
      consequence = {
        es = "Élmer acababa de decir por qué no podía regresar así. Nadie tomó en cuenta sus razones.",
        en = "Élmer had just said why he could not go back like this. No one took his reasons into account.",
      },
    },
    choice {
      id = "give_him_a_leaflet_and_let_him_go",
      to = "back_to_the_farm",
      harm = "leave_without_referral",
      text = {
        es = "Respetar que no quiera ayuda: darle un folleto de derechos laborales y dejarlo volver con Fredy antes de que tenga problemas.",
        en = "Respect that he does not want help: give him a leaflet on labour rights and let him go back to Fredy before he gets into trouble.",
      },
      consequence = {
        es = "El folleto hablaba de horarios y de salario mínimo. De deudas, pasaportes y amenazas no decía nada, ni a quién llamar.",
        en = "The leaflet talked about working hours and the minimum wage. It said nothing about debts, passports or threats, or whom to call.",
      },
      note = {
        es = "Respetar su decisión no es dejarlo sin nada: es preguntarle qué teme y dejarle una forma segura de volver a buscar ayuda.",
        en = "Respecting his decision does not mean leaving him with nothing: it means asking what he fears and leaving him a safe way to seek help again.",
      },
    },
  },

  scene "forced_return" {
    text = {
      es = "Usted le explica que el consulado puede coordinar su regreso esta misma semana. Élmer se pone de pie. “Soy mayor de edad. Si llego sin nada, perdemos el terreno, y el otro año don Ovidio me vuelve a ofrecer el viaje. ¿Eso es ayudar?”",
      en = "You explain that the consulate can arrange his return this very week. Élmer stands up. “I'm a grown man. If I arrive with nothing, we lose the land, and next year don Ovidio offers me the trip again. Is that helping?”",
    },
    choice {
      id = "take_it_back_and_hear_him_out",
      note = {
        es = "Nunca es tarde para devolverle la decisión. Escuchar por qué no quiere regresar es parte de evaluar sus riesgos.",
        en = "It is never too late to hand the decision back to him. Hearing why he does not want to go back is part of assessing his risks.",
      },
      to = "interruption",
      practice = "respect_her_assessment",
      text = {
        es = "Retractarse: la decisión es suya. Preguntarle qué teme del regreso y qué opciones querría conocer.",
        en = "Take it back: it is his decision. Ask what he fears about going back and which options he wants to hear.",
      },
    },
    choice {
      id = "insist_on_the_return",
      note = {
        es = "Insistir no cambia sus razones: el terreno, la deuda y el reclutador siguen allá. Un retorno sin su acuerdo le cierra la puerta a más ayuda.",
        en = "Insisting does not change his reasons: the land, the debt and the recruiter are still there. A return without his agreement closes the door to further help.",
      },
      to = "sent_back",
      harm = "force_return",
      text = {
        es = "Insistir con paciencia: allá su familia lo va a apoyar y el consulado ayuda con el boleto. Coordinar el traslado.",
        en = "Insist patiently: his family will support him back home and the consulate helps with the ticket. Arrange the journey.",
      },
      consequence = {
        es = "Lo mandaron de vuelta al pueblo donde empezó todo, con la deuda entera y don Ovidio a tres casas.",
        en = "He was sent back to the town where it all began, with the whole debt and don Ovidio three doors away.",
      },
    },
  },

  scene "interruption" {
    text = {
      es = "Tocan la puerta. Es Fredy, con siete comprobantes en la mano. “Ya nos vamos. Deme el comprobante de Élmer, que yo los guardo todos y vengo por los pasaportes nuevos.” Élmer no dice nada y mira la mesa.",
      en = "There is a knock at the door. It is Fredy, with seven receipts in his hand. “We're off. Give me Élmer's receipt, I keep them all and I'll come back for the new passports.” Élmer says nothing and looks at the table.",
    },
    detail "fredy_wants_the_receipt" {
      indicator = "documents_held",
      text = {
        es = "Fredy quiere también los comprobantes, para recoger él los pasaportes nuevos.",
        en = "Fredy wants the receipts too, so that he can collect the new passports himself.",
      },
    },
    choice {
      id = "give_fredy_the_usual_answer",
      note = {
        es = "La misma respuesta que a cualquiera protege a Élmer: nadie queda señalado como el que habló, y el comprobante sigue en sus manos.",
        en = "The same answer anyone would get protects Élmer: no one is marked out as the man who talked, and the receipt stays in his hands.",
      },
      to = "options",
      practice = "keep_confidentiality",
      text = {
        es = "Contestarle lo que se le contesta a cualquiera: el comprobante es personal, cada quien recoge su pasaporte, y a Élmer le faltan unos minutos.",
        en = "Tell him what anyone would be told: the receipt is personal, each man collects his own passport, and Élmer needs a few more minutes.",
      },
    },
    choice {
      id = "hand_fredy_the_receipt",
      to = "options",
      harm = "brush_off_the_signs",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Darle el comprobante a Fredy para no causarle problemas a Élmer con su jefe, y pedirle que espere cinco minutos afuera.",
        en = "Give Fredy the receipt so as not to cause Élmer trouble with his boss, and ask him to wait outside for five minutes.",
      },
      consequence = {
        es = "El pasaporte nuevo de Élmer iba a terminar en la misma bolsa que el viejo. Élmer lo vio, y entendió de qué lado quedaba el consulado.",
        en = "Élmer's new passport was going to end up in the same bag as the old one. Élmer saw it, and understood which side the consulate was on.",
      },
      note = {
        es = "Entregarle el comprobante a quien retiene los pasaportes le asegura también el documento nuevo. Trate a Élmer como a cualquier solicitante: el comprobante es suyo.",
        en = "Handing the receipt to the man who holds the passports secures him the new document as well. Treat Élmer as any applicant: the receipt is his.",
      },
    },
    choice {
      id = "warn_fredy_about_the_passports",
      note = {
        es = "Avisarle a quien lo controla que el consulado sabe algo señala a Élmer como el que habló. Lo que usted sabe se pasa, con su acuerdo, a quien pueda investigar.",
        en = "Telling the man who controls him that the consulate knows something marks Élmer out as the one who talked. What you know goes, with his agreement, to those who can investigate.",
      },
      to = "options",
      harm = "expose_identity",
      effects = { trust = -1, safety = -2 },
      text = {
        es = "Salir usted a decirle, sin levantar la voz, que el consulado sabe que don Abner les retiene los pasaportes, que eso es grave y que se va a informar.",
        en = "Go out yourself and tell him, without raising your voice, that the consulate knows don Abner holds their passports, that it is serious and will be reported.",
      },
      consequence = {
        es = "Fredy llamó a don Abner desde el estacionamiento. Esa tarde, en la galera, todos sabían que Élmer había hablado.",
        en = "Fredy called don Abner from the car park. By that afternoon everyone in the bunkhouse knew Élmer had talked.",
      },
    },
  },

  scene "options" {
    text = {
      es = "Quedan unos minutos. Élmer pregunta qué puede hacer el consulado de verdad, “sin cuentos”. En la huerta, cuenta, trabajan de madrugada a noche los siete días, y el descanso es cuando llueve.",
      en = "There are a few minutes left. Élmer asks what the consulate can really do, “no fairy tales”. At the orchard, he says, they work from before dawn until night, seven days a week, and the only rest is when it rains.",
    },
    prompt = {
      es = "¿Qué contactos le daría a Élmer, y cómo comprobaría antes que siguen vigentes? ¿Qué le toca al consulado, qué a una abogada y qué a las autoridades de Guatemala?",
      en = "Which contacts would you give Élmer, and how would you first check they are still current? What is the consulate's part, what is a lawyer's, and what is for the Guatemalan authorities?",
    },
    detail "dawn_to_dark" {
      indicator = "excessive_hours",
      text = {
        es = "Trabajan de madrugada a noche, los siete días; solo descansan cuando llueve.",
        en = "They work from before dawn until night, seven days a week; they rest only when it rains.",
      },
    },
    choice {
      id = "explain_what_the_consulate_can_do",
      to = "safety_plan",
      practice = "no_promises",
      effects = { trust = 1 },
      text = {
        es = "Decirle lo que sí hay: el pasaporte nuevo, que se le entrega a él; teléfonos de ayuda; una organización que apoya a víctimas y una abogada que le diga qué protección puede tener.",
        en = "Tell him what there is: the new passport, handed to him alone; helplines; an organisation that supports victims, and a lawyer who can tell him what protection he may have.",
      },
      note = {
        es = "El DHS publicó en 2022 las líneas 1-888-373-7888 y, de HSI, 1-866-347-2423; los números cambian, confírmelos. Si él lo acepta, y solo entonces, lo de don Ovidio puede pasar a la Fiscalía contra la Trata de Personas del Ministerio Público. Sobre su situación migratoria, no prometa nada: eso lo dirá una abogada.",
        en = "DHS published the lines 1-888-373-7888 and, for HSI, 1-866-347-2423 in 2022; numbers change, so check them. If he agrees, and only then, what he said about don Ovidio can go to the Ministerio Público's Fiscalía contra la Trata de Personas. Promise nothing about his immigration status: that is for a lawyer to say.",
      },
    },
    choice {
      id = "promise_papers_and_his_passport",
      note = {
        es = "Si tiene una forma de quedarse lo dirá una abogada; el pasaporte retenido y la deuda no dependen del consulado. Diga lo que sí hay y lo que no está en sus manos.",
        en = "Whether he has a way to stay is for a lawyer to say; the passport held and the debt are not in the consulate's hands. Say what there is and what is beyond you.",
      },
      to = "safety_plan",
      harm = "promise_you_cannot_keep",
      effects = { trust = -1 },
      text = {
        es = "Darle ánimo: el consulado le va a exigir el pasaporte a don Abner, aquí las víctimas reciben papeles para quedarse y esa deuda ya no vale nada, así que no le debe ni un centavo.",
        en = "Encourage him: the consulate will demand his passport from don Abner, victims here get papers to stay, and that debt is worth nothing now, so he does not owe a single cent.",
      },
      consequence = {
        es = "Nada de eso dependía del consulado. Cuando don Ovidio llamó a su esposa para cobrar, Élmer dejó de creer en la ayuda que sí había.",
        en = "None of that was in the consulate's hands. When don Ovidio called his wife to collect, Élmer stopped believing in the help that did exist.",
      },
    },
    choice {
      id = "urge_him_to_report_today",
      note = {
        es = "Denunciar puede traerle riesgos que él conoce mejor que nadie. Explíquele qué implica y dónde pedir consejo; él decide si denuncia y cuándo.",
        en = "Reporting may carry risks he knows better than anyone. Explain what it involves and where to get advice; he decides whether and when to report.",
      },
      to = "safety_plan",
      harm = "push_to_report",
      effects = { trust = -1 },
      text = {
        es = "Explicarle que la única forma de que lo protejan es denunciar hoy a don Abner y a don Ovidio, y ofrecerle hacer la llamada con él.",
        en = "Explain that the only way he can be protected is to report don Abner and don Ovidio today, and offer to make the call with him.",
      },
      consequence = {
        es = "Élmer sintió que otra vez alguien decidía por él. Dijo que lo iba a pensar, y ya no volvió a preguntar nada.",
        en = "Élmer felt that once again someone was deciding for him. He said he would think about it, and asked nothing more.",
      },
    },
  },

  scene "safety_plan" {
    text = {
      es = "Élmer se queda callado un rato, mirando la puerta. Luego le dice lo que ha decidido, y a usted le toca ayudarlo a hacerlo con el menor riesgo posible.",
      en = "Élmer is silent for a while, looking at the door. Then he tells you what he has decided, and it is up to you to help him do it with as little risk as possible.",
    },
    detail "calls_home_on_fredys_phone" {
      indicator = "isolation",
      text = {
        es = "En la galera no hay señal; a su casa solo llama los domingos, desde el teléfono de Fredy.",
        en = "There is no signal at the bunkhouse; he calls home only on Sundays, on Fredy's phone.",
      },
    },
    choice {
      id = "plan_how_he_leaves_on_sunday",
      note = {
        es = "Salir un domingo, en un lugar público y con alguien esperándolo, reduce el riesgo. Él elige el momento; usted tiene listos los contactos.",
        en = "Leaving on a Sunday, from a public place, with someone waiting for him, lowers the risk. He chooses the moment; you have the contacts ready.",
      },
      to = "his_decision",
      when = "trust >= 6 and safety >= 2",
      practice = { "safety_plan", "respect_her_assessment" },
      text = {
        es = "Élmer quiere salir de la huerta. Planear con él cómo: el domingo, en el supermercado, lo espera la organización; qué llevarse, y qué hacer si llaman a su esposa.",
        en = "Élmer wants to leave the orchard. Plan it with him: on Sunday, at the supermarket, the organisation will be waiting; what to take, and what to do if they call his wife.",
      },
    },
    choice {
      id = "plan_for_his_return_to_the_farm",
      to = "door_open",
      when = "not (trust >= 6 and safety >= 2)",
      practice = { "safety_plan", "respect_her_assessment" },
      text = {
        es = "Élmer vuelve hoy a la huerta. Respetarlo y acordar con él dónde esconder el número, una palabra clave y una cita para “recoger el pasaporte”.",
        en = "Élmer is going back to the orchard today. Respect it and agree with him where to hide the number, a code word, and an appointment to “collect the passport”.",
      },
      note = {
        es = "La cita para recoger el pasaporte le da un motivo para volver a ver al consulado sin levantar sospechas.",
        en = "The appointment to collect his passport gives him a reason to see the consulate again without raising suspicion.",
      },
    },
    choice {
      id = "tell_him_to_ask_abner_for_it",
      note = {
        es = "Mandarlo a pedir el pasaporte en nombre del consulado lo expone justo ante quien teme. Planee con él a partir de lo que él considere seguro.",
        en = "Sending him to ask for his passport in the consulate's name exposes him to the very man he fears. Plan with him, starting from what he considers safe.",
      },
      to = "back_to_the_farm",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Darle una salida sencilla, sin tener que huir: que esta noche le pida el pasaporte a don Abner y le diga que el consulado lo exige; si se niega, que llame aquí.",
        en = "Give him a simple way out, with no need to run away: tonight he asks don Abner for his passport and tells him the consulate requires it; if he refuses, he calls here.",
      },
      consequence = {
        es = "Élmer le había dicho lo que temía de don Abner. El consejo lo mandó a enfrentarlo solo, y don Abner supo que había hablado con el consulado.",
        en = "Élmer had told you what he feared from don Abner. The advice sent him to face him alone, and don Abner learned he had talked to the consulate.",
      },
    },
  },

  scene "his_decision" {
    text = {
      es = "El domingo siguiente, en el estacionamiento del supermercado, Élmer se sube al carro de la organización con una mochila. Esa tarde llama al consulado desde un cuarto que le consiguieron, a dos horas de la huerta. Quiere seguir trabajando y mandando dinero. Teme lo que haga don Ovidio con el terreno: su socio ya llamó a la esposa de Élmer para cobrar. Pregunta qué sigue.",
      en = "The following Sunday, in the supermarket car park, Élmer gets into the organisation's car with a backpack. That afternoon he calls the consulate from a room they found him, two hours from the orchard. He wants to keep working and sending money home. He fears what don Ovidio will do with the land: his partner has already called Élmer's wife to collect. He asks what comes next.",
    },
    detail "wants_to_keep_working" {
      neutral = true,
      text = {
        es = "Quiere seguir trabajando en Estados Unidos para pagar la deuda y mantener a su familia.",
        en = "He wants to keep working in the United States to pay off the debt and support his family.",
      },
      why = {
        es = "Querer seguir trabajando no le resta nada a lo que vivió, ni lo hace menos víctima. Muchas víctimas necesitan un ingreso antes que nada. Es una necesidad que la derivación debe atender.",
        en = "Wanting to keep working takes nothing away from what he went through, nor makes him any less a victim. Many victims need an income before anything else. It is a need the referral must address.",
      },
    },
    choice {
      id = "coordinate_support_and_the_case",
      to = "new_start",
      practice = { "refer_to_services", "report_to_authorities" },
      text = {
        es = "Con su acuerdo, coordinar con la organización el apoyo legal y lo que necesita para vivir, y pasar lo de don Ovidio a la Fiscalía contra la Trata, explicándole a su esposa adónde acudir.",
        en = "With his agreement, coordinate legal support and what he needs to live on with the organisation, and pass don Ovidio's part to the Fiscalía contra la Trata, telling his wife where to turn.",
      },
      note = {
        es = "La denuncia en Guatemala también protege a los próximos reclutados de don Ovidio. Que él decida qué se cuenta y cuándo.",
        en = "A complaint in Guatemala also protects the next men don Ovidio recruits. Let him decide what is told and when.",
      },
    },
    choice {
      id = "book_his_flight_home",
      note = {
        es = "Haber salido de la huerta no quiere decir que quiera regresar. Él dijo que quiere seguir trabajando: la derivación tiene que partir de ahí.",
        en = "Leaving the orchard does not mean he wants to go home. He said he wants to keep working: the referral has to start from there.",
      },
      to = "sent_back",
      harm = "force_return",
      text = {
        es = "Ya que salió, reservarle con el consulado el vuelo de regreso para el martes: allá está su familia, y aquí se quedó sin trabajo, sin casa y sin nadie.",
        en = "Now that he is out, have the consulate book his flight home for Tuesday: his family is there, and here he is left with no work, no home and no one.",
      },
      consequence = {
        es = "Élmer había dicho que quería seguir trabajando. Lo subieron a un avión con la deuda entera.",
        en = "Élmer had said he wanted to keep working. He was put on a plane with the whole debt still owed.",
      },
    },
    choice {
      id = "pay_his_fare_to_his_cousin",
      note = {
        es = "Respetar lo que quiere no es dejarlo solo. Sin apoyo legal ni una organización, la deuda y los reclutadores lo siguen buscando. Derívelo, con su acuerdo.",
        en = "Respecting what he wants does not mean leaving him alone. Without legal support or an organisation, the debt and the recruiters keep finding him. Refer him, with his agreement.",
      },
      to = "out_alone",
      harm = "leave_without_referral",
      text = {
        es = "Respetar que quiera seguir ganando: ayudarlo con el pasaje para irse con un primo que tiene en otro estado, donde dicen que sobra trabajo en la construcción.",
        en = "Respect that he wants to keep earning: help him with the fare to join a cousin of his in another state, where they say building work is plentiful.",
      },
      consequence = {
        es = "Se fue lejos de don Abner, pero solo, sin abogada, sin organización y con don Ovidio cobrándole a su familia.",
        en = "He got far from don Abner, but alone, with no lawyer, no organisation, and don Ovidio pressing his family for payment.",
      },
    },
  },

  ending "new_start" {
    outcome = "good",
    text = {
      es = "Élmer no volvió a la huerta. Una abogada está viendo qué protección puede tener en Estados Unidos, y la organización lo ayuda mientras tanto. El consulado le entregó a él su pasaporte nuevo. Con su acuerdo, lo que contó de don Ovidio llegó a la Fiscalía contra la Trata de Personas, y su esposa sabe adónde acudir si vuelven a cobrarle. La deuda no desapareció. Élmer dice que todavía no tiene nada que agradecer, pero que esta vez las decisiones las toma él.",
      en = "Élmer did not go back to the orchard. A lawyer is looking at what protection he may have in the United States, and the organisation is supporting him meanwhile. The consulate handed his new passport to him. With his agreement, what he told about don Ovidio reached the Fiscalía contra la Trata de Personas, and his wife knows where to turn if they come to collect again. The debt has not gone away. Élmer says he has nothing to be grateful for yet, but this time he is the one making the decisions.",
    },
  },

  ending "door_open" {
    outcome = "mixed",
    text = {
      es = "Élmer volvió a la huerta esa tarde, con el número escondido en la suela de la bota. Seis semanas después llamó con la palabra clave desde el teléfono del supermercado, y salió con ayuda de la organización. Fueron seis semanas más de deuda y de trabajo sin descanso, pero la puerta que usted le dejó abierta fue la que usó.",
      en = "Élmer went back to the orchard that afternoon, with the number hidden in the sole of his boot. Six weeks later he called with the code word from the supermarket's phone, and got out with the organisation's help. It meant six more weeks of debt and work without rest, but the door you left open was the one he used.",
    },
  },

  ending "out_alone" {
    outcome = "mixed",
    text = {
      es = "Élmer se fue con su primo a otro estado. Salió de la huerta, pero sin el pasaporte nuevo, que nunca pasó a recoger, sin nadie que lo orientara y con la deuda corriendo. Dos meses después, alguien le ofreció otro trabajo “con todo pagado”.",
      en = "Élmer went to his cousin's in another state. He got out of the orchard, but without the new passport, which he never came to collect, with no one to advise him and the debt still running. Two months later, someone offered him another job “with everything paid”.",
    },
  },

  ending "back_to_the_farm" {
    outcome = "bad",
    text = {
      es = "Élmer volvió a la huerta en el microbús de Fredy. Don Abner siguió guardando los pasaportes, y la deuda siguió igual. Para Élmer, la visita al consulado confirmó lo que le decía el contratista: que quejarse no sirve de nada.",
      en = "Élmer went back to the orchard in Fredy's minibus. Don Abner kept the passports, and the debt stayed the same. For Élmer, the visit to the consulate confirmed what the contractor kept telling him: that complaining gets you nowhere.",
    },
  },

  ending "sent_back" {
    outcome = "bad",
    text = {
      es = "Élmer llegó a Jutiapa contra su voluntad, con la deuda entera y la escritura del terreno en manos de don Ovidio. No volvió a contestar las llamadas del consulado. Al año siguiente, don Ovidio le ofreció otra temporada.",
      en = "Élmer arrived in Jutiapa against his will, with the whole debt still owed and the deed to the land in don Ovidio's hands. He never answered the consulate's calls again. The following year, don Ovidio offered him another season.",
    },
  },
}
