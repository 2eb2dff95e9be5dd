-- A night inspection of a roadside bar near Tecún Umán. El Farolito, doña Chayo, Lesly, Keila,
-- Malena and officer Cifuentes are fictional; the institutions are real.

return scenario {
  title = { es = "Inspección nocturna en El Farolito", en = "Night inspection at El Farolito" },
  summary = {
    es = "Una inspección de noche en un bar cerca de Tecún Umán. Entre la música, las luces y un fajo de DPI, una joven que casi no habla español necesita que alguien la escuche sin ponerla en peligro.",
    en = "A night inspection of a bar near Tecún Umán. Amid the music, the lights and a bundle of ID cards, a young woman who barely speaks Spanish needs someone to listen to her without putting her in danger.",
  },
  audience = "police",
  person = { age = "possible_minor", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true },
  setting = { country = "GT", institution = "PNC" },
  minutes = 15,
  difficulty = 2,
  feedback = "deferred",
  objectives = {
    {
      es = "Reconocer señales de control y explotación en un bar sin confundirlas con el trabajo sexual, el origen o la situación migratoria.",
      en = "Recognise signs of control and exploitation in a bar without confusing them with sex work, origin or migration status.",
    },
    {
      es = "Separar a la persona de quien la controla y entrevistarla con un intérprete neutral y con su consentimiento.",
      en = "Separate the person from whoever controls her, and interview her with a neutral interpreter and her consent.",
    },
    {
      es = "Aplicar la presunción de minoría de edad y la no punibilidad, y actuar junto con la PGN.",
      en = "Apply the presumption of minority and non-punishment, and act together with the PGN.",
    },
    {
      es = "Proteger su identidad y derivarla por medio del ERI respetando sus decisiones.",
      en = "Protect her identity and refer her through the ERI while respecting her decisions.",
    },
  },
  content_note = {
    es = "Esta historia trata de la explotación sexual de una adolescente en un bar, de deudas, amenazas y detenciones. No hay descripciones explícitas, pero puede remover experiencias personales. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with the sexual exploitation of a teenage girl in a bar, with debts, threats and arrests. Nothing is described explicitly, but it may stir personal experiences. You can pause at any time.",
  },
  start = "briefing",
  vars = { trust = 1, safety = 2 },

  scene "briefing" {
    text = {
      es = "Viernes, nueve de la noche, en una subestación de la PNC cerca de Tecún Umán. La Fiscalía contra la Trata de Personas del Ministerio Público pide apoyo para inspeccionar El Farolito, un bar a la orilla de la carretera. Una denuncia anónima dice que ahí trabajan patojas menores de edad, algunas traídas del altiplano. El fiscal quiere entrar a las once. Usted está a cargo del equipo policial.",
      en = "Friday, nine at night, at a PNC substation near Tecún Umán. The Public Ministry's Fiscalía contra la Trata de Personas asks for support to inspect El Farolito, a roadside bar. An anonymous complaint says that girls under 18 work there, some brought down from the highlands. The prosecutor wants to go in at eleven. You are in charge of the police team.",
    },
    choice {
      id = "prepare_team_and_contacts",
      to = "main_room",
      practice = "prepare_operation",
      effects = { safety = 1 },
      text = {
        es = "Usar las dos horas: que el fiscal avise al ERI y a la PGN, conseguir un intérprete de idiomas mayas por teléfono, sumar agentes mujeres y acordar que nadie será detenido sin hablar antes a solas con cada una.",
        en = "Use the two hours: have the prosecutor alert the ERI and the PGN, find a Mayan-language interpreter on call by phone, bring women officers, and agree that no one is detained before each woman is spoken to alone.",
      },
    },
    choice {
      id = "leave_now_with_shift",
      to = "main_room",
      text = {
        es = "Salir ya con los agentes de turno: en dos horas alguien del bar se puede enterar, y lo del intérprete y la PGN se coordina por radio en el camino.",
        en = "Leave now with the officers on shift: in two hours someone at the bar may hear about it, and the interpreter and the PGN can be arranged by radio on the way.",
      },
    },
    choice {
      id = "plan_a_sweep",
      to = "lineup",
      harm = "treat_everyone_as_offender",
      effects = { trust = -1 },
      text = {
        es = "Planificar una redada: cerrar las salidas, poner a todos contra la pared, identificarlos uno por uno y llevarse a quien no tenga papeles, para que no puedan esconder a ninguna menor.",
        en = "Plan a sweep: close the exits, line everyone up against the wall, identify them one by one and take in anyone without papers, so that no minor can be hidden from you.",
      },
      consequence = {
        es = "Planeado como redada, el operativo trató a las mujeres como sospechosas desde el primer minuto. Tenían todas las razones para creer que la policía venía por ellas.",
        en = "Planned as a sweep, the operation treated the women as suspects from the first minute. They had every reason to believe the police had come for them.",
      },
    },
  },

  scene "main_room" {
    text = {
      es = "El Farolito: música a todo volumen, luces rojas, unos quince hombres en las mesas y seis mujeres sentadas con ellos. La encargada, doña Chayo, los recibe con una sonrisa, dice que todo está en regla y entrega un fajo de DPI “de las muchachas”. Uno es de una tal Yessica, de 19 años. Cuando una agente le pregunta su nombre a la joven, ella mira a doña Chayo, y es doña Chayo quien contesta: “Yessica. Es tímida, casi no habla español.”",
      en = "El Farolito: music at full volume, red lights, about fifteen men at the tables and six women sitting with them. The manager, doña Chayo, greets you with a smile, says everything is in order and hands over a bundle of DPI cards “from the girls”. One belongs to a Yessica, aged 19. When a woman officer asks the young woman her name, she looks at doña Chayo, and it is doña Chayo who answers: “Yessica. She's shy, she hardly speaks Spanish.”",
    },
    prompt = {
      es = "¿Cuáles de estas observaciones apuntan a control o explotación, y cuáles son solo parte del lugar? ¿Qué le haría cambiar de opinión?",
      en = "Which of these observations point to control or exploitation, and which are simply part of the place? What would change your mind?",
    },
    detail "manager_answers" {
      indicator = "controlled_communication",
      text = {
        es = "La encargada contesta por la joven, que la mira antes de decir cualquier cosa.",
        en = "The manager answers for the young woman, who looks at her before saying anything.",
      },
    },
    detail "dpi_mismatch" {
      indicator = "minor_with_adult_id",
      text = {
        es = "La foto del DPI es de otra muchacha, de cara más ancha, y la joven no reacciona cuando alguien dice “Yessica”.",
        en = "The photo on the DPI shows a different girl with a broader face, and the young woman does not react when someone says “Yessica”.",
      },
    },
    detail "back_rooms" {
      indicator = "sleeps_at_workplace",
      text = {
        es = "Un pasillo detrás de la barra da a cuartitos con colchones, maletas y ropa tendida.",
        en = "A corridor behind the bar leads to small rooms with mattresses, suitcases and clothes hung up to dry.",
      },
    },
    detail "padlocked_door" {
      indicator = "not_free_to_leave",
      text = {
        es = "La puerta de atrás tiene candado. El hombre de la entrada guarda la llave, y una de las mujeres le pide permiso para salir a fumar.",
        en = "The back door is padlocked. The man at the entrance keeps the key, and one of the women asks his permission to step outside for a cigarette.",
      },
    },
    detail "short_dresses" {
      neutral = true,
      text = {
        es = "Las mujeres llevan vestidos cortos y se sientan a las mesas de los clientes; doña Chayo las llama “ficheras”.",
        en = "The women wear short dresses and sit at the clients' tables; doña Chayo calls them “ficheras”, women paid a share of each drink.",
      },
      why = {
        es = "Trabajar en un bar, fichar o vender sexo no es, por sí solo, señal de trata. Confundir el trabajo sexual con la trata distorsiona la respuesta y aleja a quienes sí necesitan ayuda.",
        en = "Working in a bar, earning a share of drinks or selling sex is not on its own a sign of trafficking. Treating sex work and trafficking as the same thing distorts the response and drives away the people who do need help.",
      },
    },
    detail "honduran_accent" {
      neutral = true,
      text = {
        es = "Otra mujer, Keila, habla con acento hondureño y dice sin rodeos que no tiene papeles de Guatemala.",
        en = "Another woman, Keila, speaks with a Honduran accent and says plainly that she has no Guatemalan papers.",
      },
      why = {
        es = "Ser migrante o no tener papeles no indica trata. Lo que importa es si alguien la controla o la explota; tomar la situación migratoria como el hallazgo lleva a detener o deportar a víctimas sin identificarlas.",
        en = "Being a migrant or having no papers does not indicate trafficking. What matters is whether someone controls or exploits her; treating migration status as the finding leads to victims being detained or deported without being identified.",
      },
    },
    choice {
      id = "invite_each_woman_outside",
      to = "quiet_room",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Pedirle a doña Chayo que espere en la barra con un agente, e invitar a cada mujer, una por una, a hablar con una agente en el vehículo de la fiscalía.",
        en = "Ask doña Chayo to wait at the bar with an officer, and invite each woman, one at a time, to talk with a woman officer in the prosecutor's vehicle.",
      },
    },
    choice {
      id = "ask_yessica_here",
      to = "at_the_bar",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Preguntarle ahí mismo a “Yessica”, con calma y sin acusarla, cuántos años tiene y si trabaja por su voluntad, antes de que doña Chayo tenga tiempo de aleccionarla.",
        en = "Ask “Yessica” right there, calmly and without accusing her, how old she is and whether she works here of her own free will, before doña Chayo has time to coach her.",
      },
      consequence = {
        es = "Con la encargada al lado, la joven solo pudo repetir lo que le habían enseñado, y doña Chayo supo desde ese momento que la policía se interesaba por ella.",
        en = "With the manager beside her, the young woman could only repeat what she had been taught, and from that moment doña Chayo knew the police were interested in her.",
      },
    },
    choice {
      id = "check_licence_and_ids",
      to = "left_behind",
      harm = "leave_without_referral",
      text = {
        es = "Revisar con el fiscal la licencia, las tarjetas de salud y los DPI de todas; si todo está en orden, levantar el acta y dar por terminada la inspección.",
        en = "Go through the licence, the health cards and every DPI with the prosecutor; if everything is in order, write up the report and end the inspection.",
      },
      consequence = {
        es = "Nadie habló a solas con las mujeres ni les dejó un contacto. La joven del DPI ajeno vio salir a la policía sin que nadie le preguntara nada.",
        en = "No one spoke to the women alone or left them a contact. The young woman with someone else's DPI watched the police leave without anyone asking her anything.",
      },
    },
  },

  scene "lineup" {
    text = {
      es = "Los agentes cierran las salidas y apagan la música. Clientes, meseros y mujeres quedan en fila contra la pared; algunas se tapan la cara. Doña Chayo protesta y luego, en voz baja, les dice a las muchachas: “Ya saben qué decir.” Un agente propone entregar esta misma noche a Migración a Keila, una hondureña sin papeles, y a cualquier otra extranjera.",
      en = "Officers close the exits and turn off the music. Clients, waiters and women stand in a line against the wall; some of the women cover their faces. Doña Chayo protests, then tells the girls under her breath: “You know what to say.” An officer proposes handing Keila, a Honduran woman without papers, and any other foreigner over to the migration authorities tonight.",
    },
    detail "you_know_what_to_say" {
      indicator = "coached_answers",
      text = {
        es = "La encargada les recuerda a las mujeres qué tienen que responder.",
        en = "The manager reminds the women what they are supposed to answer.",
      },
    },
    detail "trembling_girl" {
      indicator = "fear_of_police",
      text = {
        es = "La más joven, con un DPI a nombre de Yessica en la mano, tiembla y pregunta si se la van a llevar presa.",
        en = "The youngest, holding a DPI in the name of Yessica, is shaking and asks whether she is going to be taken to jail.",
      },
    },
    detail "keila_no_papers" {
      neutral = true,
      text = {
        es = "Keila habla con acento hondureño y no tiene documentos migratorios.",
        en = "Keila speaks with a Honduran accent and has no migration documents.",
      },
      why = {
        es = "La nacionalidad y la falta de papeles no dicen nada, por sí solas, sobre la trata. Las víctimas a las que no se identifica terminan detenidas o deportadas como migrantes irregulares.",
        en = "Nationality and a lack of papers say nothing about trafficking on their own. Victims who are not identified end up detained or deported as irregular migrants.",
      },
    },
    choice {
      id = "stop_lineup_talk_alone",
      to = "quiet_room",
      practice = { "screen_before_detention", "separate_from_companion" },
      text = {
        es = "Parar la fila: dejar ir a los clientes ya identificados, separar a las mujeres de la encargada y hablar con cada una a solas antes de decidir nada sobre nadie.",
        en = "Stop the lineup: let the clients go once identified, separate the women from the manager, and talk to each one alone before deciding anything about anyone.",
      },
    },
    choice {
      id = "hand_foreigners_to_migration",
      to = "deported",
      harm = "deport_before_screening",
      text = {
        es = "Llamar a Migración para que se haga cargo esta noche de Keila y de las demás extranjeras sin papeles, y concentrarse después en las guatemaltecas menores de edad.",
        en = "Call the migration authorities to take charge of Keila and the other foreign women without papers tonight, and then concentrate on the Guatemalan minors.",
      },
      consequence = {
        es = "Keila y otra mujer fueron deportadas en pocos días sin que nadie les preguntara cómo habían llegado ni a quién le debían dinero.",
        en = "Keila and another woman were deported within days without anyone asking how they had arrived or whom they owed money to.",
      },
    },
    choice {
      id = "take_women_to_substation",
      to = "arrested",
      harm = "arrest_victim",
      text = {
        es = "Llevarse a todas las mujeres a la subestación por trabajar sin tarjeta de salud; allá, lejos de la encargada, van a poder hablar con más confianza.",
        en = "Take all the women to the substation for working without health cards; there, away from the manager, they will feel freer to talk.",
      },
      consequence = {
        es = "Las mujeres pasaron la noche detenidas, tal como doña Chayo les había dicho que haría la policía. Ninguna habló.",
        en = "The women spent the night in custody, just as doña Chayo had told them the police would do. None of them spoke.",
      },
    },
  },

  scene "at_the_bar" {
    text = {
      es = "Con doña Chayo a su lado, la joven dice en un español entrecortado que se llama Yessica, que tiene 19 años, que vino por su gusto y que la tratan bien. Doña Chayo sonríe: “¿Ve? Todo legal.”",
      en = "With doña Chayo beside her, the young woman says in halting Spanish that her name is Yessica, she is 19, she came of her own accord and they treat her well. Doña Chayo smiles: “See? All legal.”",
    },
    detail "same_words" {
      indicator = "scripted_story",
      text = {
        es = "Responde casi palabra por palabra lo mismo que otra mujer dijo un minuto antes.",
        en = "She answers almost word for word what another woman said a minute earlier.",
      },
    },
    detail "like_daughters" {
      indicator = "protects_exploiter",
      text = {
        es = "Sin que nadie se lo pregunte, insiste en que doña Chayo las trata “como hijas”.",
        en = "Without being asked, she insists that doña Chayo treats them “like daughters”.",
      },
    },
    choice {
      id = "go_on_with_each_woman_apart",
      to = "quiet_room",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Darle las gracias y seguir con cada mujer por separado, con una agente, lejos de la encargada.",
        en = "Thank her and continue with each woman separately, with a woman officer, away from the manager.",
      },
    },
    choice {
      id = "accept_her_answer_and_close",
      to = "left_behind",
      harm = { "treat_as_adult_despite_doubt", "leave_without_referral" },
      text = {
        es = "Dejar constancia de que el DPI y lo que ella dice coinciden: es mayor de edad y está conforme. Cerrar la inspección.",
        en = "Put on record that the DPI and what she says match: she is an adult and she is content. Close the inspection.",
      },
      consequence = {
        es = "Se aceptó el DPI aunque la foto no era de ella, y nadie le dejó a la joven un contacto ni avisó a la PGN. Se quedó en El Farolito, y la encargada ya sabía que la policía se había fijado en ella.",
        en = "The DPI was accepted although the photo was not of her, and no one left the young woman a contact or alerted the PGN. She stayed at El Farolito, and the manager now knew the police had noticed her.",
      },
    },
  },

  scene "quiet_room" {
    text = {
      es = "En el vehículo de la fiscalía, la joven se sienta en la orilla del asiento. Contesta con frases cortas en español y dice que su idioma es el mam. A los dos minutos aparece doña Chayo en la puerta con otra trabajadora, Lesly: “Lesly es de su mismo pueblo, ella le traduce. La patoja se pone nerviosa con extraños.”",
      en = "In the prosecutor's vehicle, the young woman sits on the edge of the seat. She answers in short Spanish phrases and says her language is Mam. Two minutes later doña Chayo appears at the door with another worker, Lesly: “Lesly is from her village, she'll translate for you. The girl gets nervous with strangers.”",
    },
    detail "speaks_mam" {
      neutral = true,
      text = {
        es = "Prefiere hablar en mam, su idioma materno.",
        en = "She prefers to speak Mam, her mother tongue.",
      },
      why = {
        es = "Hablar un idioma maya no es señal de trata ni de nada sospechoso. Sí significa que tiene derecho a que la entiendan bien, con un intérprete calificado.",
        en = "Speaking a Mayan language is not a sign of trafficking or of anything suspicious. It does mean she has the right to be properly understood, through a qualified interpreter.",
      },
    },
    detail "insists_on_interpreting" {
      indicator = "controlled_communication",
      text = {
        es = "La encargada insiste en que una compañera de trabajo sea quien traduzca.",
        en = "The manager insists that a co-worker should be the one to interpret.",
      },
    },
    choice {
      id = "call_interpreter_by_phone",
      to = "interview",
      practice = "neutral_interpreter",
      effects = { trust = 1 },
      text = {
        es = "Agradecerle a Lesly y pedir a un agente que la acompañe de regreso; llamar al intérprete de mam por teléfono y preguntarle a la joven si lo prefiere hombre o mujer.",
        en = "Thank Lesly and have an officer walk her back; call a Mam interpreter by phone and ask the young woman whether she would rather have a man or a woman.",
      },
    },
    choice {
      id = "let_lesly_translate",
      to = "interview_lesly",
      harm = "companion_interprets",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Aceptar que Lesly traduzca por ahora, con una agente presente: es de su pueblo, la joven parece conocerla, y conseguir un intérprete por teléfono puede tardar más de una hora.",
        en = "Let Lesly translate for now, with a woman officer present: she is from the same village, the young woman seems to know her, and getting an interpreter on the phone could take over an hour.",
      },
      consequence = {
        es = "Todo lo que la joven dijo pasó por una compañera que respondía ante la encargada, y esa misma noche doña Chayo supo lo que había contado.",
        en = "Everything the young woman said passed through a co-worker who answered to the manager, and that same night doña Chayo learned what she had said.",
      },
    },
  },

  scene "interview_lesly" {
    text = {
      es = "La joven habla un buen rato en mam. Lesly lo traduce en una sola frase: “Dice que está bien y que quiere volver a trabajar.” Cuando la joven empieza a llorar, Lesly le dice algo seco en mam y ella se calla.",
      en = "The young woman speaks in Mam for a long while. Lesly translates it in a single sentence: “She says she's fine and wants to go back to work.” When the young woman starts to cry, Lesly says something curt to her in Mam and she falls silent.",
    },
    detail "curt_words" {
      indicator = "coached_answers",
      text = {
        es = "Después de lo que le dice Lesly, las respuestas de la joven se reducen a una palabra.",
        en = "After Lesly speaks to her, the young woman's answers shrink to a single word.",
      },
    },
    choice {
      id = "switch_to_phone_interpreter",
      to = "interview",
      practice = "neutral_interpreter",
      text = {
        es = "Interrumpir con amabilidad, agradecerle a Lesly y seguir con un intérprete de mam por teléfono.",
        en = "Interrupt politely, thank Lesly, and carry on with a Mam interpreter by phone.",
      },
    },
    choice {
      id = "note_lesly_version_and_move_on",
      to = "left_behind",
      harm = "leave_without_referral",
      text = {
        es = "Anotar lo que traduce Lesly, que está bien y quiere seguir trabajando, y pasar a la siguiente mujer.",
        en = "Write down what Lesly translates, that she is fine and wants to keep working, and move on to the next woman.",
      },
      consequence = {
        es = "La joven volvió al bar sin un solo contacto de ayuda, y lo que de verdad dijo no le llegó a nadie.",
        en = "The young woman went back into the bar without a single contact for help, and what she really said never reached anyone.",
      },
    },
  },

  scene "interview" {
    text = {
      es = "El intérprete está en la línea, en altavoz. La joven tiene los brazos cruzados y no le quita la vista a la puerta. La agente le ofrece agua. Antes de que usted diga nada, ella pregunta, por medio del intérprete, si la van a meter presa.",
      en = "The interpreter is on the line, on speakerphone. The young woman sits with her arms crossed and keeps her eyes on the door. The woman officer offers her some water. Before you say anything, she asks through the interpreter whether she is going to be locked up.",
    },
    detail "asks_about_jail" {
      indicator = "fear_of_police",
      text = {
        es = "Cuenta que doña Chayo les advirtió que la policía encierra a las muchachas como ellas.",
        en = "She says doña Chayo warned them that the police lock up girls like them.",
      },
    },
    choice {
      id = "introduce_and_explain_limits",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Presentarse, explicarle para qué es la conversación y que no está detenida, que puede no contestar o parar, y qué quedará en reserva y qué tendría que informar.",
        en = "Introduce yourself, explain what the talk is for, that she is not under arrest and may decline or stop, and what stays confidential and what you must report.",
      },
    },
    choice {
      id = "promise_home_tomorrow",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizarla primero, que está muy asustada: “No tenga miedo, nadie la va a meter presa. Le prometo que mañana va a estar con su mamá y que nadie se va a enterar.”",
        en = "Reassure her first, as she is very frightened: “Don't be afraid, no one is going to lock you up. I promise you'll be with your mother tomorrow and no one will ever know.”",
      },
      consequence = {
        es = "La promesa la calmó esa noche. Cuando el proceso duró semanas y hubo que informar a su familia, sintió que le habían mentido y dejó de hablar con las autoridades.",
        en = "The promise calmed her that night. When the process took weeks and her family had to be informed, she felt lied to and stopped talking to the authorities.",
      },
    },
    choice {
      id = "ask_why_she_works_here",
      to = "her_story",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Ir al grano para no alargarle el mal rato: “¿Por qué se metió a trabajar aquí? ¿No sabía qué clase de lugar era este?”",
        en = "Get to the point so as not to drag it out for her: “Why did you start working here? Didn't you know what kind of place this was?”",
      },
      consequence = {
        es = "La pregunta le confirmó lo que temía: que la culparían a ella. Contó mucho menos de lo que sabía.",
        en = "The question confirmed what she feared: that she would be the one blamed. She told far less than she knew.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Poco a poco, por medio del intérprete, cuenta su historia. Se llama Magdalena, Malena, no Yessica. En febrero, Lesly llegó a su aldea en San Marcos y le habló de un trabajo bien pagado en un comedor de Tecún Umán. Cuando llegó, doña Chayo le dijo que el comedor había cerrado y que, mientras tanto, trabajaría en el bar para pagar el pasaje. Malena dice que no quiere denunciar a nadie: quiere pagar lo que debe y volver a su casa antes de que su mamá se entere de qué trabajo era.",
      en = "Bit by bit, through the interpreter, she tells her story. Her name is Magdalena, Malena, not Yessica. In February Lesly came to her village in San Marcos and told her about a well-paid job at an eatery in Tecún Umán. When she arrived, doña Chayo told her the eatery had closed and that in the meantime she would work in the bar to pay off her fare. Malena says she does not want to report anyone: she wants to pay what she owes and go home before her mother finds out what the work was.",
    },
    prompt = {
      es = "Su apariencia no prueba su edad. ¿Qué le hace dudar de que sea mayor de edad, y qué debe hacer mientras esa duda no se resuelva?",
      en = "Her appearance does not prove her age. What makes you doubt that she is an adult, and what should you do while that doubt remains?",
    },
    detail "eatery_promise" {
      indicator = "deceptive_job_offer",
      text = {
        es = "Le ofrecieron trabajo en un comedor y terminó atendiendo clientes en un bar.",
        en = "She was offered work at an eatery and ended up attending to clients in a bar.",
      },
    },
    detail "papers_in_box" {
      indicator = "documents_held",
      text = {
        es = "Los papeles de todas están en la caja fuerte de doña Chayo, “para que no se pierdan”, también el certificado de nacimiento de Malena.",
        en = "Everyone's papers are in doña Chayo's safe, “so they don't get lost”, Malena's birth certificate among them.",
      },
    },
    detail "sunday_calls" {
      indicator = "isolation",
      text = {
        es = "Doña Chayo le quitó el celular; solo puede llamar a su mamá los domingos, desde el teléfono de la encargada y con ella al lado.",
        en = "Doña Chayo took her phone; she may call her mother only on Sundays, from the manager's phone, with the manager beside her.",
      },
    },
    detail "until_dawn" {
      indicator = "excessive_hours",
      text = {
        es = "El bar abre a las cuatro de la tarde y ella se acuesta cuando se va el último cliente, casi al amanecer, todos los días.",
        en = "The bar opens at four in the afternoon and she goes to bed when the last client leaves, close to dawn, every day of the week.",
      },
    },
    detail "what_month" {
      indicator = "lost_sense_of_time",
      text = {
        es = "No sabe bien en qué mes estamos.",
        en = "She is not sure what month it is.",
      },
    },
    detail "growing_debt" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "Dice que debe seis mil quetzales por el pasaje, el cuarto y los vestidos, y que cada semana la deuda sube en vez de bajar.",
        en = "She says she owes six thousand quetzales for the fare, the room and the dresses, and that every week the debt goes up instead of down.",
      },
    },
    detail "wages_kept" {
      indicator = "no_control_of_money",
      when = "trust >= 3",
      text = {
        es = "Nunca ha recibido su pago: doña Chayo “se lo guarda” y solo le da una parte de las propinas.",
        en = "She has never been paid: doña Chayo “keeps it for her” and hands her only part of the tips.",
      },
    },
    detail "real_age" {
      indicator = "minor_with_adult_id",
      when = "trust >= 3",
      text = {
        es = "En voz baja cuenta que cumplió 16 años en marzo; el DPI se lo dio doña Chayo “para cuando vengan inspecciones”.",
        en = "Quietly, she says she turned 16 in March; doña Chayo gave her the DPI “for when inspections come”.",
      },
    },
    choice {
      id = "presume_minor_and_call_pgn",
      to = "naming_the_case",
      practice = { "presume_minority", "non_punishment" },
      text = {
        es = "Decirle que la ven como posible víctima, no como sospechosa, ni por el DPI; y mientras no se confirme su edad, tratarla como menor y llamar a la PGN.",
        en = "Tell her she is seen as a possible victim, not a suspect, not even over the DPI; until her age is confirmed, treat her as a minor and call the PGN.",
      },
    },
    choice {
      id = "treat_her_as_adult_per_dpi",
      to = "adult_track",
      harm = "treat_as_adult_despite_doubt",
      text = {
        es = "El DPI dice 19 y no hay otro documento a mano: tratarla como adulta, respetar lo que ella decida y preguntarle con calma si quiere irse de ahí esta noche.",
        en = "The DPI says 19 and there is no other document to hand: treat her as an adult, respect what she decides and ask her calmly whether she wants to leave tonight.",
      },
      consequence = {
        es = "Tratada como adulta, Malena quedó fuera de las medidas que protegen a la niñez: nadie llamó a la PGN y la decisión quedó sobre sus hombros.",
        en = "Treated as an adult, Malena was left outside the measures that protect children: no one called the PGN, and the decision rested on her shoulders alone.",
      },
    },
    choice {
      id = "seize_dpi_and_prosecute_her",
      to = "charged",
      harm = "charge_victim_for_offences",
      text = {
        es = "El DPI no es suyo: decomisarlo como evidencia y ponerla a disposición del fiscal por uso de documento ajeno, para que declare contra la encargada.",
        en = "The DPI is not hers: seize it as evidence and hand her to the prosecutor for using another person's document, so that she testifies against the manager.",
      },
      consequence = {
        es = "Malena fue procesada por el documento que le impusieron para ocultar su edad. Lo que doña Chayo le había dicho de la policía resultó cierto.",
        en = "Malena was prosecuted for the document forced on her to hide her age. What doña Chayo had told her about the police turned out to be true.",
      },
    },
    choice {
      id = "ask_for_details_for_report",
      to = "distress",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Aprovechar que ya está hablando: pedirle que cuente con detalle qué pasa con los clientes en los cuartos, para que el informe del fiscal quede completo.",
        en = "Make the most of her talking: ask her to describe in detail what happens with the clients in the rooms, so the prosecutor's report is complete.",
      },
      consequence = {
        es = "Malena se cerró. Tuvo que revivir lo peor delante de desconocidos, sin que eso sirviera todavía para protegerla.",
        en = "Malena shut down. She had to relive the worst of it in front of strangers, without it yet doing anything to protect her.",
      },
    },
  },

  scene "distress" {
    text = {
      es = "Malena se queda callada, mirando el piso. El intérprete dice que está llorando. Después pide volver a su cuarto: si tarda, doña Chayo se lo va a cobrar.",
      en = "Malena falls silent, staring at the floor. The interpreter says she is crying. Then she asks to go back to her room: if she is late, doña Chayo will make her pay for it.",
    },
    detail "late_fine" {
      indicator = "debt_bondage",
      text = {
        es = "Cada retraso o falta se le suma a lo que debe.",
        en = "Every delay or missed shift is added to what she owes.",
      },
    },
    choice {
      id = "pause_and_call_pgn_psychologist",
      to = "naming_the_case",
      practice = { "pause_and_support", "presume_minority" },
      text = {
        es = "Dejar las preguntas, decirle que no tiene que hablar de eso y darle tiempo; pedir que vengan la PGN y una psicóloga, y tratarla como menor mientras tanto.",
        en = "Drop the questions, tell her she need not talk about that and give her time; ask for the PGN and a psychologist, and treat her as a minor meanwhile.",
      },
    },
    choice {
      id = "let_her_go_back_to_her_room",
      to = "left_behind",
      harm = { "leave_in_danger", "leave_without_referral" },
      text = {
        es = "Respetar lo que pide: dejarla volver a su cuarto antes de que doña Chayo lo note, y quedar en retomar la conversación otro día, con más calma.",
        en = "Respect what she asks: let her go back to her room before doña Chayo notices, and agree to pick the conversation up another day, more calmly.",
      },
      consequence = {
        es = "Malena volvió a su cuarto esa misma noche, cuando doña Chayo ya sabía que había hablado con la policía. Nadie le dejó un contacto, y quedó convencida de que hablar solo trae más dolor.",
        en = "Malena went back to her room that same night, when doña Chayo already knew she had talked to the police. No one left her a contact, and she came away convinced that talking only brings more pain.",
      },
    },
  },

  scene "adult_track" {
    text = {
      es = "Tratada como adulta, Malena dice que aceptó quedarse en el bar para pagar el pasaje, aunque no la habían traído para eso. No quiere ir a ningún albergue: si se va sin pagar, dice, la deuda le caerá a su mamá. Doña Chayo espera afuera del vehículo.",
      en = "Treated as an adult, Malena says she agreed to stay on at the bar to pay off her fare, although that is not what she had been brought for. She does not want to go to any shelter: if she leaves without paying, she says, the debt will fall on her mother. Doña Chayo is waiting outside the vehicle.",
    },
    detail "mother_will_pay" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Doña Chayo le advirtió que, si hablaba, la denunciaría por el DPI falso y que la deuda la pagaría su familia.",
        en = "Doña Chayo warned her that if she talked she would report her for the false DPI, and that her family would pay the debt.",
      },
    },
    choice {
      id = "reconsider_and_call_pgn",
      to = "naming_the_case",
      practice = "presume_minority",
      text = {
        es = "Reconsiderar: la duda sobre su edad sigue en pie. Tratarla como menor hasta que se verifique y llamar a la delegada de la PGN.",
        en = "Think again: the doubt about her age still stands. Treat her as a minor until it is verified, and call the PGN delegate.",
      },
    },
    choice {
      id = "leave_her_a_contact_and_report",
      to = "door_left_open",
      harm = "leave_in_danger",
      text = {
        es = "Respetar que esta noche no quiere irse: darle con discreción un contacto de la fiscalía, explicarle sus opciones y pasar lo visto a la Fiscalía contra la Trata.",
        en = "Respect that she does not want to leave tonight: discreetly give her a contact at the prosecutor's office, explain her options, and pass what you saw to the Fiscalía contra la Trata.",
      },
      consequence = {
        es = "Había dudas serias de que fuera mayor de edad, y ella estaba siendo explotada en ese bar. Malena se quedó ahí, y doña Chayo ya sabía que la policía había hecho preguntas. Con una posible menor en peligro, no basta con dejarle un número: había que sacarla esa noche con la PGN y escuchar lo que temía.",
        en = "There were serious doubts that she was an adult, and she was being exploited in that bar. Malena stayed there, and doña Chayo already knew the police had been asking questions. With a possible child in danger, leaving her a number is not enough: she needed to be taken out that night with the PGN, and her fears needed to be heard.",
      },
    },
    choice {
      id = "close_case_she_agreed",
      to = "left_behind",
      harm = { "dismiss_because_she_consented", "leave_without_referral" },
      text = {
        es = "Ella dice que aceptó quedarse para pagar el pasaje, y el DPI dice 19: no hay delito que perseguir. Cerrar el caso.",
        en = "She says she agreed to stay on to pay off her fare, and the DPI says 19: there is no offence to pursue. Close the case.",
      },
      consequence = {
        es = "Haber aceptado un trabajo no cambiaba el engaño, la deuda ni las amenazas. Malena se quedó en el bar y el caso se cerró sin investigar.",
        en = "Having agreed to a job changed nothing about the deception, the debt or the threats. Malena stayed at the bar and the case was closed without investigation.",
      },
    },
    choice {
      id = "take_her_to_shelter_anyway",
      to = "ran_back",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Sacarla esta noche aunque no quiera, por su propio bien, y llevarla a un albergue; ya habrá tiempo mañana de explicarle todo.",
        en = "Take her out tonight even though she refuses, for her own good, and drive her to a shelter; there will be time to explain it all tomorrow.",
      },
      consequence = {
        es = "Sacada a la fuerza y sin explicaciones, Malena sintió que otra vez otros decidían por ella. Nadie escuchó lo que temía por su mamá, y a los dos días volvió al bar.",
        en = "Taken out by force and without explanation, Malena felt that once again others were deciding for her. No one heard what she feared for her mother, and two days later she went back to the bar.",
      },
    },
  },

  scene "naming_the_case" {
    text = {
      es = "Mientras llega la PGN, el fiscal lo llama aparte, lejos del vehículo. Tiene que levantar el acta y decidir a quién pasa el caso, y le pide que le diga en pocas palabras qué es. El agente Cifuentes se adelanta: “Trata no es, licenciado. Nadie la trajo amarrada. Ella aceptó trabajar en el bar para pagar el pasaje, y ficheras hay en todos los bares de la frontera.” Usted repasa lo que Malena contó. Lesly la buscó en su aldea con un trabajo de comedor. Doña Chayo la puso en el bar a pagar una deuda, le guarda los papeles y le dio un DPI ajeno.",
      en = "While you wait for the PGN, the prosecutor calls you aside, away from the vehicle. He has to write up the record and decide whom to pass the case to, and he asks you to tell him in a few words what it is. Officer Cifuentes speaks first: “It isn't trafficking, sir. Nobody brought her here in chains. She agreed to work in the bar to pay off her fare, and there are ficheras in every bar on the border.” You go over what Malena told you. Lesly sought her out in her village with a job at an eatery. Doña Chayo put her in the bar to pay off a debt, keeps her papers and gave her someone else's DPI.",
    },
    prompt = {
      es = "Dibuje tres columnas: acto, medio y fin. ¿Qué va en cada una para Malena? ¿Cuál no hace falta si tiene menos de 18 años, y por qué su “sí” no cierra el caso?",
      en = "Draw three columns: act, means and purpose. What goes in each for Malena? Which one is not needed if she is under 18, and why does her “yes” not close the case?",
    },
    detail "she_agreed_to_stay" {
      neutral = true,
      text = {
        es = "Malena aceptó trabajar en el bar cuando doña Chayo le dijo que el comedor había cerrado.",
        en = "Malena agreed to work in the bar when doña Chayo told her the eatery had closed.",
      },
      why = {
        es = "Haber aceptado no prueba ni descarta la trata. El consentimiento de una persona menor de 18 años no cuenta. Y en una persona adulta tampoco cuenta cuando hubo engaño, deuda o amenazas.",
        en = "Having agreed neither proves nor rules out trafficking. The consent of someone under 18 does not count. Nor does an adult's when there was deception, debt or threats.",
      },
    },
    choice {
      id = "name_possible_child_trafficking",
      to = "child_protection",
      practice = "identify_the_elements",
      text = {
        es = "Decirle al fiscal que es posible trata de una posible menor: Lesly la captó, y doña Chayo la recibe y la aloja para explotarla en el bar. Siendo menor, su “sí” no cuenta.",
        en = "Tell the prosecutor it is possible trafficking of a possible minor: Lesly recruited her, and doña Chayo receives and houses her to exploit her in the bar. As a minor, her “yes” does not count.",
      },
      note = {
        es = "La definición internacional (Protocolo de Palermo) tiene tres elementos. El acto: Lesly la captó y doña Chayo la recibe y la aloja. El fin: explotarla en el bar. Con una persona menor de 18 años no hace falta el medio, y mientras se presume su minoría se la trata así. Aun así, el medio también está: el engaño del comedor, la deuda y sus papeles retenidos. Su consentimiento no cuenta. La calificación según la ley guatemalteca la hace la fiscalía.",
        en = "The international definition (the Palermo Protocol) has three elements. The act: Lesly recruited her and doña Chayo receives and houses her. The purpose: exploiting her in the bar. For someone under 18 no means is needed, and while her minority is presumed she is treated that way. Even so, the means is there too: the deception about the eatery, the debt, her papers held. Her consent does not count. The charge under Guatemalan law is the prosecutor's call.",
      },
    },
    choice {
      id = "record_that_she_agreed",
      to = "child_protection",
      harm = "dismiss_because_she_consented",
      text = {
        es = "Ser preciso en el acta: ella aceptó trabajar en el bar para pagar el pasaje y no quiere denunciar a nadie. Anotar una menor que trabaja en el bar con un DPI ajeno, y que la PGN vea el resto.",
        en = "Be precise in the record: she agreed to work in the bar to pay off her fare and does not want to report anyone. Note a minor working at the bar with someone else's DPI, and let the PGN see to the rest.",
      },
      consequence = {
        es = "El acta habló de una menor que trabajaba en el bar por su voluntad. Cómo la captaron, la deuda y sus papeles retenidos no quedaron en ella, y hubo que preguntárselo todo otra vez.",
        en = "The record spoke of a minor working at the bar of her own free will. How she was recruited, the debt and her papers held were left out of it, and she had to be asked about all of it again.",
      },
      note = {
        es = "Malena aceptó un trabajo en un comedor, no un bar ni una deuda que no baja. Para una persona menor de 18 años basta con el acto y el fin: que Lesly la captara y doña Chayo la recibiera para explotarla. Su “sí” nunca cuenta, y en una adulta tampoco contaría después de ese engaño.",
        en = "Malena agreed to a job at an eatery, not to a bar or a debt that never goes down. For someone under 18 the act and the purpose are enough: Lesly recruited her and doña Chayo received her to exploit her. Her “yes” never counts, and for an adult it would not count either after that deception.",
      },
    },
    choice {
      id = "record_all_six_as_victims",
      to = "child_protection",
      harm = "label_without_the_elements",
      text = {
        es = "Anotar posible trata para las seis mujeres del bar, para que ninguna quede sin protección: es un bar de ficheras con cuartos atrás, hay una hondureña sin papeles y varias jóvenes del altiplano.",
        en = "Record possible trafficking for all six women in the bar, so that none is left unprotected: it is a bar of ficheras with rooms out back, there is a Honduran woman without papers and several young women from the highlands.",
      },
      consequence = {
        es = "Cinco mujeres entraron en un expediente de trata sin que nadie hablara con ellas a solas. Keila se negó a firmar, y la defensa de doña Chayo usó ese error para poner en duda todo el caso, también lo de Malena.",
        en = "Five women were put in a trafficking file without anyone speaking to them alone. Keila refused to sign, and doña Chayo's defence used that mistake to cast doubt on the whole case, Malena's part included.",
      },
      note = {
        es = "Vender sexo, ser migrante o venir del altiplano no son elementos de la trata. Cada mujer necesita su propio acto, medio y fin, contados por ella a solas. Malena ya los contó; de las demás todavía no se sabe. Nombrar trata sin los elementos expone a quien no lo pidió y debilita los casos reales.",
        en = "Selling sex, being a migrant or coming from the highlands are not elements of trafficking. Each woman needs her own act, means and purpose, told by her, alone. Malena has told you hers; about the others nothing is known yet. Calling it trafficking without the elements exposes people who never asked for it and weakens the real cases.",
      },
    },
  },

  scene "child_protection" {
    text = {
      es = "La licenciada Ordóñez, delegada de la PGN, llega pasada la medianoche y habla con Malena por medio del intérprete. Malena repite que no quiere que en su aldea se sepa nada. En eso se acerca al vehículo un hombre: “Soy el tío de la patoja. Yo me la llevo con su mamá esta misma noche.” Malena baja la cabeza.",
      en = "Licenciada Ordóñez, the PGN delegate, arrives after midnight and talks with Malena through the interpreter. Malena repeats that she does not want anyone in her village to know anything. Just then a man walks up to the vehicle: “I'm the girl's uncle. I'll take her home to her mother tonight.” Malena lowers her head.",
    },
    detail "not_her_uncle" {
      indicator = "travels_with_non_relatives",
      when = "trust >= 2",
      text = {
        es = "Malena le dice a la delegada que ese hombre no es su tío: es el compañero de Lesly, el que la trajo en carro desde la aldea.",
        en = "Malena tells the delegate that the man is not her uncle: he is Lesly's partner, the one who drove her down from the village.",
      },
    },
    choice {
      id = "keep_her_with_pgn_tonight",
      to = "leaving",
      practice = { "best_interests_assessment", "joint_response_child_protection" },
      text = {
        es = "No entregarla a nadie esta noche: con la PGN, escuchar qué quiere Malena, verificar quién es el hombre y que la delegada pida medidas al Juzgado de la Niñez.",
        en = "Hand her to no one tonight: with the PGN, hear what Malena wants, check who the man is, and have the delegate ask the children's court for protection measures.",
      },
    },
    choice {
      id = "release_her_to_the_uncle",
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Pedirle el DPI al señor, anotar sus datos y su dirección para el fiscal, y dejar que la lleve con su mamá, que es lo que ella quería: con la familia va a estar mejor.",
        en = "Ask the man for his DPI, take his details and address for the prosecutor, and let him take her to her mother, which is what she wanted: she'll be better off with family.",
      },
      consequence = {
        es = "Malena fue entregada al hombre que la había llevado al bar. Una semana después, la fiscalía ya no sabía dónde estaba.",
        en = "Malena was handed to the man who had taken her to the bar. A week later, the prosecutor's office no longer knew where she was.",
      },
    },
    choice {
      id = "question_her_with_uncle_present",
      to = "leaving",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -2, safety = -3 },
      text = {
        es = "Pedirle al investigador que la entreviste ahí mismo, con el “tío” presente, para ver cómo reaccionan los dos y si el parentesco se sostiene.",
        en = "Ask the investigator to interview her right there, with the “uncle” present, to see how they both react and whether the family tie holds up.",
      },
      consequence = {
        es = "Frente al hombre que la trajo, Malena negó todo y empezó a temer por su mamá. Desde entonces contó mucho menos.",
        en = "In front of the man who brought her, Malena denied everything and began to fear for her mother. From then on she said much less.",
      },
    },
  },

  scene "leaving" {
    text = {
      es = "Es la una de la mañana. Malena tiene que sacar sus cosas del cuarto. Desde la barra, doña Chayo y el hombre de la puerta miran, y las demás mujeres están pendientes. Keila pregunta en voz alta qué está pasando.",
      en = "It is one in the morning. Malena has to fetch her things from her room. From the bar, doña Chayo and the man at the door are watching, and the other women are paying close attention. Keila asks out loud what is going on.",
    },
    detail "huipil_in_bag" {
      neutral = true,
      text = {
        es = "Entre sus cosas, Malena guarda con cuidado un corte y un huipil de su pueblo.",
        en = "Among her things, Malena carefully packs a corte and a huipil from her home town.",
      },
      why = {
        es = "La ropa tradicional dice de dónde viene, no lo que le está pasando. La indumentaria maya no es señal de trata y nunca debe tomarse como motivo de sospecha.",
        en = "Traditional clothing says where she comes from, not what is happening to her. Maya dress is not a sign of trafficking and must never be treated as grounds for suspicion.",
      },
    },
    detail "move_the_new_ones" {
      indicator = "moved_between_venues",
      when = "safety <= 1",
      text = {
        es = "Doña Chayo hace una llamada y se le oye decir que mañana hay que mover a “las nuevas” al otro local.",
        en = "Doña Chayo makes a phone call and can be heard saying that “the new ones” must be moved to the other place tomorrow.",
      },
    },
    choice {
      id = "plan_the_exit_with_her",
      to = "referral",
      when = "trust >= 2",
      practice = { "respect_her_assessment", "safety_plan" },
      effects = { safety = 1 },
      text = {
        es = "Preguntarle a Malena, con el intérprete, qué le parece más seguro: qué llevarse, quién entra con ella, qué teme por su familia; y planificarlo con ella.",
        en = "Ask Malena, through the interpreter, what she thinks is safest: what to take, who goes in with her, what she fears for her family; and plan it with her.",
      },
    },
    choice {
      id = "escort_each_woman_in_turn",
      to = "referral",
      practice = "keep_confidentiality",
      text = {
        es = "Que una agente acompañe a cada mujer, una por una, a traer sus cosas, para que nadie quede señalada, y no decir delante de nadie quién habló.",
        en = "Have a woman officer walk each woman, one by one, to fetch her things, so that no one is singled out, and say nothing in front of anyone about who spoke.",
      },
    },
    choice {
      id = "warn_the_manager_in_front_of_all",
      to = "referral",
      harm = "expose_identity",
      effects = { safety = -2 },
      text = {
        es = "Advertirle a doña Chayo, delante de todos, que la patoja de San Marcos queda bajo protección de la PGN y que nadie se acerque a ella ni a su familia, o tendrán que responder ante el fiscal.",
        en = "Warn doña Chayo, in front of everyone, that the girl from San Marcos is now under PGN protection and that anyone who goes near her or her family will answer to the prosecutor.",
      },
      consequence = {
        es = "Desde esa noche, todos en el bar sabían quién había hablado. La familia de Malena recibió amenazas y ella tuvo miedo de declarar.",
        en = "From that night on, everyone in the bar knew who had talked. Malena's family received threats, and she was afraid to testify.",
      },
    },
  },

  scene "referral" {
    text = {
      es = "Son casi las tres en la sede de la fiscalía. La delegada de la PGN, el fiscal y el enlace del ERI coordinan los pasos siguientes. Malena pide dos cosas: llamar ella misma a su mamá, y que en la aldea nadie sepa en qué trabajaba. El investigador quiere tomarle ya, otra vez, la declaración completa para su expediente.",
      en = "It is nearly three in the morning at the prosecutor's office. The PGN delegate, the prosecutor and the ERI contact are coordinating the next steps. Malena asks for two things: to call her mother herself, and that no one in the village learn what work she was doing. The investigator wants to take her full statement again, right now, for his file.",
    },
    choice {
      id = "refer_through_eri",
      to = "protected",
      when = "safety >= 2",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarla por medio del ERI: la PGN pide medidas y un albergue, ella llama a su mamá con apoyo de una psicóloga, y se acuerda una sola entrevista grabada.",
        en = "Refer her through the ERI: the PGN requests measures and a shelter place, she calls her mother with a psychologist's support, and one recorded interview is agreed.",
      },
    },
    choice {
      id = "refer_and_protect_family",
      to = "safe_but_afraid",
      when = "safety < 2",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarla por medio del ERI y pedir protección también para su familia: medidas y albergue por la PGN, la llamada a su mamá con apoyo, una sola entrevista grabada.",
        en = "Refer her through the ERI and ask for protection for her family too: measures and a shelter through the PGN, the call to her mother with support, one recorded interview.",
      },
    },
    choice {
      id = "take_full_statement_now",
      to = "safe_but_afraid",
      harm = "repeat_interview_of_child",
      text = {
        es = "Que el investigador le tome ya la declaración completa, mientras todo está fresco y el fiscal está presente; después la PGN ve lo del albergue y ella llama a su mamá.",
        en = "Let the investigator take her full statement now, while it is all fresh and the prosecutor is here; after that the PGN can see about a shelter and she can call her mother.",
      },
      consequence = {
        es = "Malena contó todo por tercera vez esa noche, agotada. Las pequeñas diferencias entre sus relatos se usaron después para poner en duda su palabra.",
        en = "Exhausted, Malena told everything for the third time that night. The small differences between her accounts were later used to cast doubt on her word.",
      },
    },
    choice {
      id = "have_pgn_call_her_mother",
      to = "safe_but_afraid",
      harm = "ignore_her_safety_assessment",
      text = {
        es = "Pedirle a la delegada que llame esta misma noche a la mamá de Malena para contarle dónde está y qué pasó, para que la familia no se angustie más.",
        en = "Ask the delegate to call Malena's mother tonight to tell her where Malena is and what happened, so that the family does not worry any longer.",
      },
      consequence = {
        es = "Su mamá supo de madrugada, por boca de una desconocida, lo que Malena quería contarle ella misma. La noticia corrió en la aldea antes de que Malena decidiera qué decir, y dejó de confiar en quienes la atendían.",
        en = "Her mother learned in the small hours, from a stranger, what Malena had wanted to tell her herself. The news spread through the village before Malena could decide what to say, and she stopped trusting the people looking after her.",
      },
    },
  },

  ending "protected" {
    outcome = "good",
    text = {
      es = "Malena pasó a un albergue con medidas de protección del Juzgado de la Niñez. Esa misma mañana habló con su mamá, con una psicóloga a su lado, y decidió ella qué contarle. Declaró una sola vez. Semanas después, la fiscalía abrió proceso contra la encargada y el hombre que la llevó. Malena dice que todavía no sabe qué quiere hacer después, pero que ya no le debe nada a nadie.",
      en = "Malena moved to a shelter under protection measures from the children's court. That same morning she spoke to her mother, with a psychologist beside her, and decided for herself what to tell her. She gave her statement once. Weeks later the prosecutor's office brought charges against the manager and the man who took her there. Malena says she does not yet know what she wants to do next, but she no longer owes anyone anything.",
    },
  },

  ending "safe_but_afraid" {
    outcome = "mixed",
    text = {
      es = "Malena está en un albergue, protegida, pero con miedo por lo que le pueda pasar a su familia. Dejó de colaborar con la fiscalía y el caso contra la encargada se debilitó. Ella está a salvo; la justicia, todavía no llega.",
      en = "Malena is in a shelter and protected, but afraid of what may happen to her family. She stopped cooperating with the prosecutor's office and the case against the manager weakened. She is safe; justice has not arrived yet.",
    },
  },

  ending "door_left_open" {
    outcome = "mixed",
    text = {
      es = "Malena se quedó en El Farolito esa noche, con un número escondido en el zapato. Diez días después llamó. Cuando la fiscalía y la PGN volvieron, se confirmó que tenía 16 años y salió con medidas de protección. Pasó diez días más en el bar que no tenía por qué pasar.",
      en = "Malena stayed at El Farolito that night, with a phone number hidden in her shoe. Ten days later she called. When the prosecutor's office and the PGN came back, it was confirmed that she was 16, and she left under protection measures. She spent ten more days in the bar that she never should have had to spend.",
    },
  },

  ending "left_behind" {
    outcome = "bad",
    text = {
      es = "El equipo se fue y El Farolito siguió abierto. Malena siguió atendiendo mesas y pagando una deuda que no bajaba. Para ella, la visita de la policía solo confirmó lo que le decía doña Chayo: que nadie iba a ayudarla.",
      en = "The team left and El Farolito stayed open. Malena went on serving tables and paying off a debt that never shrank. For her, the police visit only confirmed what doña Chayo kept telling her: that no one was going to help her.",
    },
  },

  ending "charged" {
    outcome = "bad",
    text = {
      es = "Malena pasó por un proceso penal por el DPI que le dieron para esconder su edad. Nadie investigó quién se lo dio. Doña Chayo consiguió a otra muchacha.",
      en = "Malena went through criminal proceedings over the DPI she was given to hide her age. No one investigated who gave it to her. Doña Chayo found another girl.",
    },
  },

  ending "deported" {
    outcome = "bad",
    text = {
      es = "Keila y otra mujer fueron deportadas antes de que nadie hablara con ellas a solas. A Malena nadie la escuchó esa noche: el operativo terminó con detenciones de migrantes, y el bar volvió a abrir el fin de semana.",
      en = "Keila and another woman were deported before anyone had spoken to them alone. No one listened to Malena that night: the operation ended with migrants detained, and the bar reopened at the weekend.",
    },
  },

  ending "arrested" {
    outcome = "bad",
    text = {
      es = "Las mujeres pasaron la noche en la subestación y salieron al día siguiente, algunas con multa, sin haber dicho nada. Malena volvió al bar: ahora también debía la multa.",
      en = "The women spent the night at the substation and were released the next day, some of them fined, without having said a word. Malena went back to the bar: now she owed the fine as well.",
    },
  },

  ending "handed_to_uncle" {
    outcome = "bad",
    text = {
      es = "Malena se fue con el hombre que dijo ser su tío. Nunca llegó a la aldea. Su mamá supo de ella meses después, por una llamada desde el otro lado de la frontera.",
      en = "Malena left with the man who said he was her uncle. She never reached her village. Her mother heard from her months later, in a call from the other side of the border.",
    },
  },

  ending "ran_back" {
    outcome = "bad",
    text = {
      es = "Malena salió del bar, pero como adulta: nadie llamó a la PGN, nadie le explicó qué iba a pasar y nadie escuchó lo que temía por su mamá. A los dos días se fue del albergue y volvió al bar: creía que, si no pagaba, la deuda caería sobre su mamá. Ahora desconfía de la policía más que antes.",
      en = "Malena got out of the bar, but as an adult: no one called the PGN, no one explained what would happen, and no one listened to what she feared for her mother. Two days later she left the shelter and went back to the bar: she believed that if she did not pay, the debt would fall on her mother. Now she distrusts the police more than before.",
    },
  },
}
