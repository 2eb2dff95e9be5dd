-- A PNC checkpoint on the road down to La Mesilla. Las Cumbres, don Efraín, Candelaria (Cande),
-- her cousin Rosa, Byron, Wilmer, Josué and the officers are fictional; the institutions are real.

return scenario {
  title = { es = "Puesto de control en Las Cumbres", en = "Checkpoint at Las Cumbres" },
  summary = {
    es = "Un microbús detenido en la ruta a La Mesilla, con un piloto que dice ser el tío de todos. Unos pasajeros pagaron por cruzar la frontera; una patoja de 15 años viaja con el DPI de otra. Distinguir el tráfico ilícito de migrantes de la trata sin castigar a nadie por viajar.",
    en = "A minibus stopped on the road to La Mesilla, with a driver who says he is everyone's uncle. Some passengers paid to be taken across the border; a 15-year-old girl is travelling on someone else's DPI. Tell migrant smuggling from trafficking without punishing anyone for travelling.",
  },
  audience = "police",
  person = { age = "possible_minor", gender = "female", nationality = "GT", exploitation = "labour", trafficking = true },
  setting = { country = "GT", institution = "PNC" },
  minutes = 15,
  difficulty = 2,
  feedback = "deferred",
  objectives = {
    {
      es = "Notar quién contesta por quién, quién guarda los documentos y quién viaja con adultos que no son su familia, sin tomar el origen, el idioma ni la falta de papeles como señales.",
      en = "Notice who answers for whom, who holds the documents and who travels with adults who are not family, without treating origin, language or missing papers as signs.",
    },
    {
      es = "Distinguir el tráfico ilícito de migrantes de la trata (consentimiento, fin del viaje, frontera, a quién daña) y recordar que un viaje pagado puede convertirse en trata.",
      en = "Tell migrant smuggling from trafficking (consent, end point, border, who is harmed) and remember that a paid journey can turn into trafficking.",
    },
    {
      es = "Hablar con cada persona a solas y con intérprete neutral antes de decidir cualquier detención o entrega a Migración.",
      en = "Talk with each person alone, with a neutral interpreter, before deciding on any detention or handover to the migration authorities.",
    },
    {
      es = "Aplicar la presunción de minoría de edad y la no punibilidad, y actuar con la PGN en el interés superior de la niña.",
      en = "Apply the presumption of minority and non-punishment, and act with the PGN in the girl's best interests.",
    },
  },
  content_note = {
    es = "Esta historia trata de migración, de deudas familiares y del posible reclutamiento de una adolescente para explotarla. No hay escenas de violencia ni descripciones explícitas. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with migration, family debt and the possible recruitment of a teenage girl for exploitation. There are no scenes of violence and nothing explicit. You can pause at any time.",
  },
  start = "checkpoint",
  vars = { trust = 1, safety = 2, asked_arrival = 0, trafficking_case = 0 },

  scene "checkpoint" {
    text = {
      es = "Martes, cinco y media de la tarde, en el puesto de control de la PNC en Las Cumbres, sobre la ruta que baja a La Mesilla. Usted le hace la parada a un microbús con siete pasajeros: dos hombres jóvenes y cinco adolescentes. El piloto, don Efraín, baja sonriendo y le entrega una bolsa plástica con los documentos de todos. Dice que son sus sobrinos y que van a cortar café a una finca del otro lado. Cuando usted le pregunta su nombre a una de las patojas, ella mira al piloto, y es él quien contesta: “Rosa, tiene diecinueve. Ahí está su DPI.”",
      en = "Tuesday, half past five in the afternoon, at the PNC checkpoint at Las Cumbres, on the road down to La Mesilla. You pull over a minibus with seven passengers: two young men and five teenagers. The driver, don Efraín, gets out smiling and hands you a plastic bag with everyone's documents. He says they are his nephews and nieces and that they are going to pick coffee on a farm across the border. When you ask one of the girls her name, she looks at the driver, and he is the one who answers: “Rosa, she's nineteen. Her DPI is in there.”",
    },
    detail "driver_holds_papers" {
      indicator = "documents_held",
      text = {
        es = "El piloto lleva los documentos de todos los pasajeros en una bolsa, y ninguno pide el suyo.",
        en = "The driver carries every passenger's documents in a bag, and none of them asks for their own.",
      },
    },
    detail "driver_answers" {
      indicator = "controlled_communication",
      text = {
        es = "Cuando usted le habla a la patoja, contesta el piloto; ella lo mira antes de decir cualquier cosa.",
        en = "When you speak to the girl, the driver answers; she looks at him before saying anything.",
      },
    },
    detail "huipil" {
      neutral = true,
      text = {
        es = "La patoja lleva corte y huipil de su pueblo.",
        en = "The girl wears the corte and huipil of her home town.",
      },
      why = {
        es = "La ropa tradicional dice de dónde viene, no lo que le está pasando. El traje maya no es señal de trata y nunca es motivo de sospecha; la ley pide tratar a las víctimas sin distinción por etnia.",
        en = "Traditional clothing says where she comes from, not what is happening to her. Maya dress is not a sign of trafficking and never grounds for suspicion; the law requires victims to be treated without distinction by ethnicity.",
      },
    },
    detail "coffee_season" {
      neutral = true,
      text = {
        es = "Es temporada de corte de café, y por esta ruta pasan a diario grupos de jóvenes que van a trabajar a las fincas.",
        en = "It is coffee-picking season, and groups of young people going to work on the farms pass along this road every day.",
      },
      why = {
        es = "Viajar en grupo o cruzar la frontera para trabajar en temporada puede ser completamente normal en la zona. Una señal sin contexto no dice nada; lo que importa es quién controla a quién.",
        en = "Travelling in a group or crossing the border for seasonal work can be entirely normal in the area. A sign without context says nothing; what matters is who controls whom.",
      },
    },
    choice {
      id = "talk_to_each_apart",
      to = "roadside",
      practice = "separate_from_companion",
      effects = { trust = 1 },
      text = {
        es = "Pedirle a don Efraín que espere junto a la patrulla con un agente, y hablar con cada pasajero por separado, a un lado del puesto.",
        en = "Ask don Efraín to wait by the patrol car with an officer, and talk to each passenger on their own, at the side of the checkpoint.",
      },
    },
    choice {
      id = "ask_all_in_the_van",
      to = "in_the_van",
      harm = "interview_in_front_of_companion",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Asomarse al microbús y preguntarles a todos, con calma y sin acusar a nadie, si viajan por su voluntad y si don Efraín es de verdad su tío.",
        en = "Lean into the minibus and ask them all, calmly and without accusing anyone, whether they are travelling of their own free will and whether don Efraín really is their uncle.",
      },
      note = {
        es = "Con el piloto al lado nadie puede contestar con libertad, por amable que sea la pregunta, y él sabe desde ese momento que la policía sospecha.",
        en = "With the driver beside them no one can answer freely, however kindly the question is put, and from that moment he knows the police are suspicious.",
      },
      consequence = {
        es = "Con el piloto escuchando, nadie podía contestar otra cosa que lo que él esperaba, y él supo desde ese momento que la policía desconfiaba.",
        en = "With the driver listening, no one could answer anything other than what he expected, and from that moment he knew the police were suspicious.",
      },
    },
    choice {
      id = "hand_all_to_migration",
      to = "sent_back",
      harm = "deport_before_screening",
      text = {
        es = "Nadie trae permiso para entrar a México: entregar a todos a Migración y a la PGN para que los regresen, y multar al piloto.",
        en = "No one has a permit to enter Mexico: hand them all over to the migration authorities and the PGN to be sent back, and fine the driver.",
      },
      consequence = {
        es = "Los pasajeros fueron entregados sin que nadie hablara a solas con ellos. Lo que la patoja que el piloto llamó Rosa tenía que contar se fue con ella, y el piloto siguió su camino con una multa.",
        en = "The passengers were handed over without anyone speaking to them alone. What the girl the driver called Rosa had to tell went with her, and the driver went on his way with a fine.",
      },
    },
    choice {
      id = "return_papers_and_wave_on",
      to = "waved_through",
      harm = "leave_without_referral",
      text = {
        es = "Es temporada de café y los DPI están completos y vigentes: devolverle la bolsa al piloto, recordarle que maneje con cuidado y dejarlos seguir.",
        en = "It is coffee season and the DPIs are all there and valid: hand the bag back to the driver, remind him to drive carefully and let them go on.",
      },
      consequence = {
        es = "Nadie habló a solas con los pasajeros ni les dejó un contacto. La patoja vio cómo el policía le devolvía sus papeles al piloto.",
        en = "No one spoke to the passengers alone or left them a contact. The girl watched the officer hand her papers back to the driver.",
      },
    },
  },

  scene "in_the_van" {
    text = {
      es = "Dentro del microbús hace calor. Usted pregunta en voz alta si todos viajan por su voluntad. Antes de que alguien conteste, don Efraín se asoma por la ventanilla: a los adolescentes les dice algo en k'iche', y a los dos hombres jóvenes, más bajo, algo en español. Uno por uno, los pasajeros repiten lo mismo: que son sobrinos de don Efraín y que van a cortar café. La patoja que el piloto llamó Rosa no levanta la vista del piso.",
      en = "It is hot inside the minibus. You ask out loud whether everyone is travelling of their own free will. Before anyone answers, don Efraín leans in at the window: he says something to the teenagers in K'iche', and something in Spanish, more quietly, to the two young men. One by one, the passengers repeat the same thing: they are don Efraín's nephews and nieces, going to pick coffee. The girl the driver called Rosa does not look up from the floor.",
    },
    detail "told_what_to_say" {
      indicator = "coached_answers",
      text = {
        es = "El piloto les habla antes de que respondan, y después todos dicen lo mismo.",
        en = "The driver speaks to them before they answer, and afterwards they all say the same thing.",
      },
    },
    detail "same_words" {
      indicator = "scripted_story",
      text = {
        es = "Las respuestas son casi idénticas, con la misma finca y el mismo sueldo, aunque ninguno sabe decir cómo se llama la finca.",
        en = "The answers are almost identical, mentioning the same farm and the same pay, although none of them can say what the farm is called.",
      },
    },
    choice {
      id = "go_on_with_each_apart",
      to = "roadside",
      practice = "separate_from_companion",
      text = {
        es = "Darles las gracias, pedirle al piloto que espere junto a la patrulla y seguir con cada pasajero por separado.",
        en = "Thank them, ask the driver to wait by the patrol car and go on with each passenger separately.",
      },
    },
    choice {
      id = "log_names_and_let_go",
      to = "waved_through",
      harm = "leave_without_referral",
      text = {
        es = "Todos cuentan lo mismo y nadie se queja: anotar sus nombres en el libro del puesto, como con cualquier grupo, y dejarlos seguir.",
        en = "They all tell the same story and no one is complaining: write their names in the checkpoint log and let them go on.",
      },
      consequence = {
        es = "Las respuestas ensayadas se tomaron como la verdad. La patoja siguió el viaje sabiendo que don Efraín había dicho la última palabra delante de la policía.",
        en = "The rehearsed answers were taken as the truth. The girl went on with the journey knowing that don Efraín had had the last word in front of the police.",
      },
    },
  },

  scene "roadside" {
    text = {
      es = "Don Efraín espera junto a la patrulla con un agente. A un lado del puesto, usted habla primero con los dos hombres jóvenes, que son hondureños. Wilmer, de 22 años, lo dice sin rodeos: le pagaron a don Efraín para que los lleve hasta Estados Unidos, donde los espera un primo. Sabían a qué venían y no quieren que los regresen. Josué, de 19, asiente. Byron, de 16, de una aldea de Huehuetenango, cuenta que su mamá pagó la mitad de su viaje. Un agente de su equipo le dice en voz baja: “Son migrantes con coyote, jefe. Los entregamos a Migración y asunto arreglado.”",
      en = "Don Efraín waits by the patrol car with an officer. At the side of the checkpoint you first talk to the two young men, who are Honduran. Wilmer, 22, says it plainly: they paid don Efraín to take them all the way to the United States, where a cousin is waiting for them. They knew what they were getting into and do not want to be sent back. Josué, 19, nods. Byron, 16, from a village in Huehuetenango, says his mother paid half of his journey. A fellow officer murmurs to you: “They're migrants with a coyote, chief. We hand them to Migration and that's that.”",
    },
    prompt = {
      es = "Wilmer y Josué dicen que aceptaron el viaje. ¿Qué distingue el tráfico ilícito de migrantes de la trata? ¿Qué podría convertir, en este microbús, un viaje pagado en explotación?",
      en = "Wilmer and Josué say they agreed to the journey. What distinguishes migrant smuggling from trafficking? What, in this minibus, could turn a paid journey into exploitation?",
    },
    detail "no_passports" {
      neutral = true,
      text = {
        es = "Wilmer y Josué no tienen pasaporte ni ningún permiso para entrar a México.",
        en = "Wilmer and Josué have no passport and no permit of any kind to enter Mexico.",
      },
      why = {
        es = "No tener papeles ni permiso migratorio no es señal de trata. Tomar la situación migratoria como el hallazgo lleva a detener o deportar a víctimas sin identificarlas, y las medidas contra la trata no deben dañar los derechos de las personas migrantes.",
        en = "Having no papers or migration permit is not a sign of trafficking. Treating migration status as the finding leads to victims being detained or deported without being identified, and anti-trafficking measures must not harm migrants' rights.",
      },
    },
    detail "work_off_the_rest" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "Josué solo pagó una parte; el resto, dice, lo pagará “trabajando unos meses” donde don Efraín lo mande.",
        en = "Josué paid only part of the fee; the rest, he says, he will pay off “working a few months” wherever don Efraín sends him.",
      },
    },
    detail "byron_no_family" {
      indicator = "travels_with_non_relatives",
      text = {
        es = "Byron tiene 16 años y viaja sin nadie de su familia; don Efraín no es su tío.",
        en = "Byron is 16 and travelling without any family member; don Efraín is not his uncle.",
      },
    },
    choice {
      id = "ask_what_awaits_each",
      to = "booth",
      practice = { "distinguish_smuggling_trafficking", "screen_before_detention" },
      set = { asked_arrival = 1 },
      text = {
        es = "Nadie va a Migración todavía: preguntarle a cada uno quién lo recibe al llegar, cómo pagará lo que debe y quién guarda sus papeles, y avisar a la PGN por Byron.",
        en = "No one goes to Migration yet: ask each one who meets them on arrival, how they will pay what they owe and who keeps their papers, and alert the PGN about Byron.",
      },
    },
    choice {
      id = "book_as_smuggling",
      to = "processing",
      harm = "treat_as_smuggling_only",
      effects = { safety = -1 },
      text = {
        es = "Es un caso claro de coyotaje: consignar a don Efraín por tráfico ilícito de migrantes, tomarle los datos a cada pasajero y dejar que Migración se ocupe de ellos.",
        en = "It is a clear case of people smuggling: book don Efraín for migrant smuggling, take down each passenger's details and let the migration authorities deal with them.",
      },
      consequence = {
        es = "Con el caso encasillado como coyotaje, el parte dejó fuera lo que esperaba a cada pasajero al llegar: el trabajo con que Josué pagaría su deuda y la patoja que no había dicho una palabra.",
        en = "With the case boxed in as smuggling, the report left out what awaited each passenger on arrival: the work with which Josué would pay off his debt, and the girl who had not said a word.",
      },
    },
    choice {
      id = "follow_colleague_advice",
      to = "sent_back",
      harm = "deport_before_screening",
      text = {
        es = "Hacerle caso al compañero: entregar a Byron a la PGN por ser menor y a los demás a Migración como migrantes irregulares, y consignar al piloto.",
        en = "Take your colleague's advice: hand Byron to the PGN as a minor and the rest to the migration authorities as irregular migrants, and book the driver.",
      },
      consequence = {
        es = "Los pasajeros fueron entregados antes de que nadie los escuchara a solas. Lo que sabían del viaje, y lo que le esperaba a la patoja que el piloto llamó Rosa, no quedó en ningún parte.",
        en = "The passengers were handed over before anyone had listened to them alone. What they knew about the journey, and what awaited the girl the driver called Rosa, went into no report.",
      },
    },
  },

  scene "processing" {
    text = {
      es = "El parte ya dice “tráfico ilícito de migrantes”. Mientras llega el vehículo de Migración, los pasajeros esperan sentados en la banqueta. La patoja que el piloto llamó Rosa está un poco aparte, abrazada a su bolsa. La agente Pérez se le acerca a usted: la patoja le preguntó dos veces, en un español muy corto, si la van a meter presa, y dijo algo de “la deuda de mi papá”.",
      en = "The report already says “migrant smuggling”. While they wait for the migration vehicle, the passengers sit on the kerb. The girl the driver called Rosa sits a little apart, hugging her bag. Officer Pérez comes over to you: twice, in very broken Spanish, the girl has asked her whether she is going to be locked up, and she said something about “my father's debt”.",
    },
    detail "asks_about_jail" {
      indicator = "fear_of_police",
      text = {
        es = "La patoja pregunta si la van a meter presa, y tiembla cuando un agente pasa cerca.",
        en = "The girl asks whether she is going to be locked up, and shakes when an officer walks past.",
      },
    },
    choice {
      id = "halt_the_transfer",
      to = "booth",
      practice = "screen_before_detention",
      text = {
        es = "Detener el traslado: nadie se va hasta que cada persona haya hablado a solas con un agente, empezando por la patoja.",
        en = "Halt the transfer: no one leaves until each person has spoken alone with an officer, starting with the girl.",
      },
    },
    choice {
      id = "note_debt_for_migration",
      to = "sent_back",
      harm = "deport_before_screening",
      text = {
        es = "Seguir con el traslado, pero anotar en el parte lo que la patoja dijo de la deuda de su papá, para que Migración lo averigüe al recibirla.",
        en = "Go ahead with the transfer, but note in the report what the girl said about her father's debt, so that the migration authorities can look into it.",
      },
      consequence = {
        es = "La patoja dijo dos veces “la deuda de mi papá” y nadie le preguntó qué quería decir: quedó en una línea del parte. Fue entregada con los demás.",
        en = "Twice the girl said “my father's debt” and no one asked her what she meant: it became one line in a report. She was handed over with the others.",
      },
    },
  },

  scene "booth" {
    text = {
      es = "En la garita del puesto, la patoja que el piloto llamó Rosa se sienta en la orilla de la silla frente a la agente Pérez. Contesta con palabras sueltas en español; su idioma es el k'iche'. Desde la patrulla, don Efraín grita que Byron es primo de la patoja y que él le puede traducir. Byron ya está en la puerta, mirando al piloto.",
      en = "In the checkpoint booth, the girl the driver called Rosa sits on the edge of her chair across from Officer Pérez. She answers in single words of Spanish; her language is K'iche'. From the patrol car, don Efraín shouts that Byron is the girl's cousin and can interpret for her. Byron is already at the door, looking at the driver.",
    },
    detail "speaks_kiche" {
      neutral = true,
      text = {
        es = "Prefiere hablar en k'iche', su idioma materno.",
        en = "She would rather speak K'iche', her mother tongue.",
      },
      why = {
        es = "Hablar un idioma maya no es señal de trata ni de nada sospechoso. Sí le da derecho a que la entiendan bien, por medio de un intérprete calificado.",
        en = "Speaking a Mayan language is not a sign of trafficking or of anything suspicious. It does give her the right to be properly understood, through a qualified interpreter.",
      },
    },
    detail "driver_picks_interpreter" {
      indicator = "controlled_communication",
      text = {
        es = "El piloto insiste en que sea otro pasajero de su microbús quien traduzca.",
        en = "The driver insists that another passenger from his minibus should be the one to interpret.",
      },
    },
    choice {
      id = "phone_interpreter_via_fiscalia",
      to = "opening",
      practice = "neutral_interpreter",
      effects = { trust = 1 },
      text = {
        es = "Pedirle a Byron que espere con otro agente y conseguir por teléfono, por medio de la fiscalía, una intérprete de k'iche'; preguntarle a ella si prefiere mujer u hombre.",
        en = "Ask Byron to wait with another officer and get a K'iche' interpreter by phone through the prosecutor's office; ask her whether she would rather have a woman or a man.",
      },
    },
    choice {
      id = "let_byron_interpret",
      to = "byron_translates",
      harm = "companion_interprets",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Aceptar que Byron traduzca, ya que habla k'iche' y está aquí, pero sentarlo lejos del piloto y pedirle que repita todo palabra por palabra.",
        en = "Let Byron interpret, since he speaks K'iche' and is right here, but seat him away from the driver and ask him to repeat everything word for word.",
      },
      note = {
        es = "Byron viaja en el mismo microbús y le teme al piloto: aunque lo aparte del piloto, no es un intérprete neutral, y ella lo sabe.",
        en = "Byron travels in the same minibus and is afraid of the driver: wherever he sits, he is not a neutral interpreter, and she knows it.",
      },
      consequence = {
        es = "Todo lo que ella dijo pasó por un muchacho del mismo microbús, que temía a don Efraín. Esa noche el piloto supo de qué había hablado la patoja.",
        en = "Everything she said passed through a boy from the same minibus who was afraid of don Efraín. That night the driver learned what the girl had talked about.",
      },
    },
  },

  scene "byron_translates" {
    text = {
      es = "La patoja habla un buen rato en k'iche'. Byron lo traduce en una sola frase: “Dice que va a trabajar a un comedor y que don Efraín es buena gente.” Cuando ella menciona a su papá, Byron la interrumpe, le dice algo seco y ella se calla.",
      en = "The girl speaks in K'iche' for a long while. Byron translates it in one sentence: “She says she's going to work in an eatery and don Efraín is a good man.” When she mentions her father, Byron cuts in, says something curt to her, and she falls silent.",
    },
    detail "byron_cuts_in" {
      indicator = "coached_answers",
      text = {
        es = "Después de lo que le dice Byron, la patoja deja de hablar de su papá.",
        en = "After Byron speaks to her, the girl stops talking about her father.",
      },
    },
    choice {
      id = "switch_to_phone_interpreter",
      to = "opening",
      practice = "neutral_interpreter",
      text = {
        es = "Interrumpir con amabilidad, agradecerle a Byron y seguir con una intérprete de k'iche' por teléfono.",
        en = "Interrupt politely, thank Byron and go on with a K'iche' interpreter by phone.",
      },
    },
    choice {
      id = "accept_the_eatery_account",
      to = "waved_through",
      harm = "leave_without_referral",
      text = {
        es = "Dar por buena la traducción de Byron: va a lavar platos a un comedor. Dejar seguir el microbús antes de que oscurezca.",
        en = "Accept Byron's translation: she is going to wash dishes in an eatery. Let the minibus go on before it gets dark.",
      },
      consequence = {
        es = "Lo que la patoja intentó contar de su papá nunca llegó a nadie, y ella se subió otra vez al microbús sin un solo contacto de ayuda.",
        en = "What the girl tried to say about her father never reached anyone, and she got back on the minibus without a single contact for help.",
      },
    },
  },

  scene "opening" {
    text = {
      es = "La intérprete de k'iche' está en la línea, en altavoz; la patoja pidió que fuera mujer. La agente Pérez le ofrece agua. Antes de que usted diga nada, ella pregunta, por medio de la intérprete, si por hablar van a meter preso a su papá.",
      en = "The K'iche' interpreter is on the line, on speakerphone; the girl asked for a woman. Officer Pérez offers her some water. Before you say anything, she asks through the interpreter whether her father will be locked up if she talks.",
    },
    choice {
      id = "explain_before_asking",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Decirle que no está detenida y que puede callar o parar cuando quiera; explicarle para qué es la plática y qué tendría que informar usted, por ejemplo a la PGN.",
        en = "Tell her she is not under arrest and may refuse to answer or stop whenever she wants; explain what the talk is for and what you would have to report, for instance to the PGN.",
      },
    },
    choice {
      id = "promise_her_father_is_safe",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizarla primero, porque con miedo no va a hablar, y darle lo que necesita oír: “A su papá no le va a pasar nada, se lo prometo; mañana ya está en su casa.”",
        en = "Calm her down first, because she will not talk while she is afraid, and tell her what she needs to hear: “Nothing will happen to your father, I promise; tomorrow you'll be home.”",
      },
      consequence = {
        es = "La promesa la calmó esa tarde. Cuando no volvió a su casa al día siguiente y la fiscalía tuvo que preguntar por su papá, sintió que la habían engañado otra vez.",
        en = "The promise calmed her that afternoon. When she did not go home the next day and the prosecutor's office had to ask about her father, she felt she had been deceived once again.",
      },
    },
    choice {
      id = "ask_why_she_got_in",
      to = "her_story",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Empezar por entender cómo llegó hasta aquí: “¿Por qué se subió al carro de alguien que no conocía? ¿Y su papá no sabía a qué la mandaba?”",
        en = "Start by understanding how she got here: “Why did you get into the car of someone you didn't know? And didn't your father know what he was sending you to?”",
      },
      consequence = {
        es = "La pregunta le confirmó lo que temía: que la culpa sería de ella y de su papá. Contó mucho menos de lo que sabía.",
        en = "The question confirmed what she feared: that the blame would fall on her and her father. She told far less than she knew.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Por medio de la intérprete, la patoja cuenta su historia. Se llama Candelaria, Cande, no Rosa. Su papá está enfermo desde la cosecha pasada y le debe dinero a un prestamista de la aldea. En agosto llegó don Efraín: ofreció un trabajo lavando platos en un comedor de Comitán y le dio a su papá un adelanto “a cuenta” del trabajo de ella. Cande dice que ella quiso venir: quiere ayudar a su familia y no piensa regresar con las manos vacías. Lo que le preocupa es que, si no llega a trabajar, su papá tendrá que devolver el dinero.",
      en = "Through the interpreter, the girl tells her story. Her name is Candelaria, Cande, not Rosa. Her father has been ill since last harvest and owes money to a moneylender in the village. In August don Efraín came: he offered a job washing dishes in an eatery in Comitán and gave her father an advance “against” her work. Cande says she wanted to come: she wants to help her family and does not mean to go home empty-handed. What worries her is that if she does not turn up for work, her father will have to pay the money back.",
    },
    prompt = {
      es = "Cande dice que ella quiso venir. ¿Cambia eso algo si es menor de 18 años? ¿Y si fuera adulta, con lo que cuenta del adelanto a su papá y del pasaje que le van a descontar?",
      en = "Cande says she wanted to come. Does that change anything if she is under 18? And if she were an adult, given what she says about the advance to her father and the fare to be taken out of her wages?",
    },
    detail "sick_father" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "La oferta llegó cuando su papá estaba enfermo y endeudado con un prestamista.",
        en = "The offer came when her father was ill and in debt to a moneylender.",
      },
    },
    detail "advance_to_father" {
      indicator = "payment_to_controller",
      text = {
        es = "Don Efraín le dio dinero a su papá a cambio de llevársela, “a cuenta” de lo que ella ganaría.",
        en = "Don Efraín gave her father money in exchange for taking her away, “against” what she would earn.",
      },
    },
    detail "too_good_pay" {
      indicator = "implausible_pay_offer",
      text = {
        es = "Le prometieron tres mil quetzales al mes, con cuarto y comida, por lavar platos, sin estudios ni experiencia.",
        en = "She was promised three thousand quetzales a month, with room and board, for washing dishes, with no schooling or experience needed.",
      },
    },
    detail "fare_deducted" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "El pasaje, la comida del camino y “lo del cruce” se los va a descontar don Efraín de su sueldo.",
        en = "Don Efraín will take the fare, the food on the road and “the crossing” out of her wages.",
      },
    },
    detail "cousins_dpi" {
      indicator = "minor_with_adult_id",
      when = "trust >= 2",
      text = {
        es = "El DPI que mostró el piloto es de su prima Rosa, de 19 años. Se lo dio don Efraín “para pasar los puestos”.",
        en = "The DPI the driver showed belongs to her cousin Rosa, aged 19. Don Efraín gave it to her “to get through the checkpoints”.",
      },
    },
    detail "rosa_voice_note" {
      indicator = "deceptive_job_offer",
      when = "trust >= 2",
      text = {
        es = "Le enseña a la agente un audio de Rosa, la dueña de ese DPI, que se fue con don Efraín el año pasado al mismo “comedor”: en realidad es una cantina, y no la dejan salir.",
        en = "She shows the officer a voice message from Rosa, the owner of that DPI, who left with don Efraín last year for the same “eatery”: it is really a cantina, and she is not allowed out.",
      },
    },
    detail "rosa_debt" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "En el mismo audio, Rosa dice que lo que debe “nunca baja”, por más que trabaje.",
        en = "In the same message, Rosa says that what she owes “never goes down”, however much she works.",
      },
    },
    detail "threat_over_land" {
      indicator = "recruited_under_threat",
      when = "trust >= 3",
      text = {
        es = "Cuando su papá dudó, don Efraín le recordó que el prestamista es su compadre y que, si la patoja no se iba, la familia se quedaba sin el terreno.",
        en = "When her father hesitated, don Efraín reminded him that the moneylender is his compadre (a close family friend) and that if the girl did not go, the family would lose its land.",
      },
    },
    detail "real_age" {
      indicator = "travels_with_non_relatives",
      when = "trust >= 3",
      text = {
        es = "En voz baja dice que tiene 15 años y que antes de este viaje nunca había visto a don Efraín.",
        en = "Quietly, she says she is 15 and had never met don Efraín before this trip.",
      },
    },
    choice {
      id = "treat_as_minor_not_suspect",
      to = "father_calls",
      practice = { "presume_minority", "non_punishment" },
      text = {
        es = "Decirle que la ven como posible víctima, no como sospechosa, y que el DPI ajeno no se usará contra ella; tratarla como menor hasta confirmar su edad y llamar a la PGN.",
        en = "Tell her she is seen as a possible victim, not a suspect, and that the DPI she was given will not count against her; until her age is confirmed, treat her as a minor and call the PGN.",
      },
    },
    choice {
      id = "go_by_the_dpi",
      to = "adult_track",
      harm = "treat_as_adult_despite_doubt",
      text = {
        es = "El DPI dice 19 años y es el único documento que hay: tratarla como adulta, respetar que ella quiere seguir el viaje y dejarle el número de la fiscalía por si algún día lo necesita.",
        en = "The DPI says 19 and it is the only document there is: treat her as an adult, respect her wish to go on with the journey, and leave her the prosecutor's number in case she ever needs it.",
      },
      note = {
        es = "Ese DPI no es suyo, y hay razones para dudar de su edad: mientras no se verifique, se la trata como menor y se llama a la PGN.",
        en = "That DPI is not hers, and there is reason to doubt her age: until it is verified, she is treated as a minor and the PGN is called.",
      },
      consequence = {
        es = "Tratada como adulta, Cande quedó fuera de las medidas que protegen a la niñez: nadie llamó a la PGN y todo el peso de la decisión quedó sobre ella.",
        en = "Treated as an adult, Cande was left outside the measures that protect children: no one called the PGN, and the whole weight of the decision fell on her.",
      },
    },
    choice {
      id = "seize_dpi_and_book_her",
      to = "charged",
      harm = "charge_victim_for_offences",
      text = {
        es = "Usar un DPI ajeno es delito, aunque sea menor: decomisarlo como evidencia y consignarla junto con el piloto, para que sea el juez quien decida.",
        en = "Using someone else's DPI is an offence, even for a minor: seize it as evidence and book her along with the driver, so that a judge decides.",
      },
      note = {
        es = "El DPI se lo dio don Efraín para esconder su edad: es evidencia contra él, no un delito de ella. A una víctima no se la castiga por lo que la obligaron a hacer.",
        en = "Don Efraín gave her the DPI to hide her age: it is evidence against him, not her offence. Victims are not punished for what they were made to do.",
      },
      consequence = {
        es = "Cande fue consignada por el documento que le impusieron para esconder su edad. Lo que don Efraín le dijo de la policía resultó cierto.",
        en = "Cande was booked over the document forced on her to hide her age. What don Efraín had told her about the police turned out to be true.",
      },
    },
  },

  scene "adult_track" {
    text = {
      es = "Tratada como adulta, Cande dice que quiere seguir el viaje: si no llega, su papá pierde el terreno. Desde la patrulla, don Efraín pregunta si ya se pueden ir, que se les hace de noche en la frontera.",
      en = "Treated as an adult, Cande says she wants to go on with the journey: if she does not arrive, her father loses the land. From the patrol car, don Efraín asks whether they can leave now, or night will catch them at the border.",
    },
    detail "he_helped_us" {
      indicator = "protects_exploiter",
      text = {
        es = "Cande insiste en que don Efraín “ayudó” a su familia cuando nadie más lo hizo.",
        en = "Cande insists that don Efraín “helped” her family when no one else would.",
      },
    },
    choice {
      id = "reconsider_her_age",
      to = "father_calls",
      practice = "presume_minority",
      text = {
        es = "Reconsiderar: el DPI no es suyo y la duda sobre su edad sigue en pie. Tratarla como menor hasta verificarla y llamar a la PGN.",
        en = "Think again: the DPI is not hers and the doubt about her age still stands. Treat her as a minor until it is checked, and call the PGN.",
      },
    },
    choice {
      id = "respect_her_decision",
      to = "waved_through",
      harm = { "dismiss_because_she_consented", "leave_without_referral" },
      text = {
        es = "Ella aceptó el trabajo y quiere ir, y nadie la obliga: respetar su decisión, anotar sus datos en el parte y dejar seguir el microbús.",
        en = "She accepted the job and wants to go, and no one is forcing her: respect her decision, note her details in the report and let the minibus go on.",
      },
      note = {
        es = "Si es menor, su “sí” no borra la trata: para una niña no hace falta engaño ni amenaza. Y si fuera adulta, el adelanto a su papá y la amenaza sobre el terreno vician ese “sí”.",
        en = "If she is a minor, her “yes” does not undo trafficking: for a child no deception or threat is needed. And were she an adult, the advance to her father and the threat over the land would taint that “yes”.",
      },
      consequence = {
        es = "Su “sí” se tomó como el final del asunto, aunque venía de un adelanto a su papá y de una amenaza sobre el terreno, y aunque era una niña.",
        en = "Her “yes” was taken as the end of the matter, although it came from an advance paid to her father and a threat over the land, and although she was a child.",
      },
    },
  },

  scene "father_calls" {
    text = {
      es = "Pasadas las siete llega la licenciada Ajú, delegada de la PGN, y habla con Cande por medio de la intérprete. En eso suena el teléfono de don Efraín: es el papá de Cande. Don Efraín le pasa el teléfono al agente, y el señor pide que dejen a su hija seguir con don Efraín o, si no, que él mismo la lleve de regreso a la aldea esta noche. Cande oye la voz de su papá y se pone a llorar.",
      en = "Shortly after seven, Licenciada Ajú, the PGN delegate, arrives and talks with Cande through the interpreter. Just then don Efraín's phone rings: it is Cande's father. Don Efraín passes the phone to the officer, and the man asks that his daughter be allowed to go on with don Efraín or, failing that, that don Efraín himself bring her back to the village tonight. Cande hears her father's voice and starts to cry.",
    },
    prompt = {
      es = "El papá de Cande recibió dinero por ella y ahora la reclama. ¿Quién debe decidir adónde va, y qué necesita saber antes de decidirlo?",
      en = "Cande's father received money for her and now wants her back. Who should decide where she goes, and what do they need to know before deciding?",
    },
    detail "father_defers" {
      indicator = "payment_to_controller",
      text = {
        es = "El papá habla de “lo que ya le dieron” y pide que la entreguen al mismo hombre que le pagó el adelanto.",
        en = "The father talks about “what they already gave me” and asks for her to be handed to the same man who paid him the advance.",
      },
    },
    choice {
      id = "keep_her_with_the_pgn",
      to = "the_driver",
      practice = { "best_interests_assessment", "joint_response_child_protection" },
      text = {
        es = "No entregarla a nadie esta noche. Con la delegada, escuchar qué quiere Cande y qué papel tuvo su familia en el adelanto, y pedir medidas al Juzgado de la Niñez.",
        en = "Hand her to no one tonight. With the delegate, hear what Cande wants and what part her family played in the advance, and ask the children's court for protection measures.",
      },
    },
    choice {
      id = "let_driver_take_her_home",
      to = "waved_through",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Es su papá quien la reclama y tiene la patria potestad: que don Efraín la lleve de regreso a la aldea esta noche, y que la delegada llame mañana a la familia.",
        en = "It is her father asking, and he has parental authority: let don Efraín take her back to the village tonight, and have the delegate call the family tomorrow.",
      },
      note = {
        es = "Su papá recibió dinero del mismo hombre que la llevaría de regreso. Entregarla sin evaluar su interés superior es devolverla a quien la quiere explotar.",
        en = "Her father took money from the very man who would drive her back. Handing her over without assessing her best interests returns her to the man who means to exploit her.",
      },
      consequence = {
        es = "Cande fue entregada, por decisión de su papá, al mismo hombre que había pagado por ella. Cuando la delegada llamó al día siguiente, nadie sabía adónde la había llevado.",
        en = "At her father's request, Cande was handed to the very man who had paid for her. When the delegate called the next day, no one knew where he had taken her.",
      },
    },
    choice {
      id = "ask_her_in_front_of_both",
      to = "the_driver",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -2, safety = -2 },
      text = {
        es = "Aclararlo de una vez, con todos presentes: llevar a Cande a la patrulla y, con su papá en altavoz, preguntarle delante de don Efraín si quiere seguir o regresar.",
        en = "Settle it at once, with everyone there: take Cande to the patrol car and, with her father on speakerphone, ask her in front of don Efraín whether she wants to go on or go home.",
      },
      consequence = {
        es = "Delante del hombre que pagó por ella y con su papá escuchando, Cande dijo que sí, que iba contenta. Después se negó a volver a hablar del adelanto.",
        en = "In front of the man who paid for her and with her father listening, Cande said yes, she was happy to go. Afterwards she refused to talk about the advance again.",
      },
    },
  },

  scene "the_driver" {
    text = {
      es = "Don Efraín ya no sonríe. Dice que él solo les “hace el favor” de llevarlos y que por eso cobra. El sargento quiere cerrar el parte: “Es un coyote; tráfico ilícito de migrantes y ya. Lo de la patoja es problema de familia.” El fiscal de turno pregunta por teléfono qué se va a consignar.",
      en = "Don Efraín is no longer smiling. He says he is only “doing them a favour” by driving them, and that is why he charges. The sergeant wants to close the report: “He's a coyote; migrant smuggling and that's it. The girl is a family matter.” The duty prosecutor asks by phone what is going to be booked.",
    },
    detail "glovebox_notebook" {
      indicator = "debt_bondage",
      text = {
        es = "En la guantera hay un cuaderno con nombres de patojas, entre ellos el de Rosa, y cantidades que crecen mes a mes: “pasaje”, “cuarto”, “papeles”.",
        en = "In the glovebox there is a notebook with girls' names, Rosa's among them, and sums that grow month by month: “fare”, “room”, “papers”.",
      },
    },
    detail "girls_stay_in_comitan" {
      indicator = "deceptive_job_offer",
      when = "asked_arrival == 1",
      text = {
        es = "Josué recuerda que, cuando le preguntaron qué le esperaba al llegar, don Efraín le había dicho que “las patojas se quedan en Comitán con una señora” y que los hombres siguen al norte.",
        en = "Josué remembers that, when he was asked what awaited him on arrival, don Efraín had told him that “the girls stay in Comitán with a lady” while the men go on north.",
      },
    },
    choice {
      id = "book_smuggling_and_trafficking",
      to = "plan",
      practice = { "distinguish_smuggling_trafficking", "report_to_authorities" },
      set = { trafficking_case = 1 },
      text = {
        es = "Consignar el coyotaje y la posible trata de Cande, y pasarle a la Fiscalía contra la Trata el cuaderno y lo que ella contó, para que busquen a Rosa y a las demás.",
        en = "Book the smuggling and Cande's possible trafficking, and give the Fiscalía contra la Trata the notebook and what she told you, so they look for Rosa and the others.",
      },
    },
    choice {
      id = "book_smuggling_only",
      to = "plan",
      harm = "treat_as_smuggling_only",
      effects = { safety = -1 },
      text = {
        es = "Hacerle caso al sargento: consignarlo por coyotaje, que es lo que se puede probar esta noche, y dejar lo de la patoja en manos de la PGN.",
        en = "Go with the sergeant: book him for smuggling, which is what can be proved tonight, and leave the girl's situation to the PGN.",
      },
      note = {
        es = "El cuaderno de la guantera y el adelanto a su papá apuntan a explotación al llegar: el coyotaje puede ser la primera parte de una trata.",
        en = "The notebook in the glovebox and the advance to her father point to exploitation on arrival: smuggling can be the first stage of trafficking.",
      },
      consequence = {
        es = "El caso se cerró como coyotaje. Nadie siguió el cuaderno ni buscó a Rosa, y la deuda del papá de Cande siguió en manos del compadre de don Efraín.",
        en = "The case was closed as smuggling. No one followed up the notebook or looked for Rosa, and Cande's father's debt stayed in the hands of don Efraín's compadre (a close family friend).",
      },
    },
    choice {
      id = "press_him_with_her_account",
      to = "plan",
      harm = "expose_identity",
      set = { trafficking_case = 1 },
      effects = { safety = -2 },
      text = {
        es = "Apretar a don Efraín para que confiese: decirle que la patoja ya contó todo lo del adelanto y lo de Rosa, y que la Fiscalía contra la Trata ya tiene su cuaderno.",
        en = "Press don Efraín to confess: tell him the girl has already told them everything about the advance and about Rosa, and that the Fiscalía contra la Trata has his notebook.",
      },
      consequence = {
        es = "Don Efraín no confesó, pero supo quién había hablado. Esa misma noche, alguien fue a la casa del papá de Cande a recordarle la deuda.",
        en = "Don Efraín did not confess, but he knew who had talked. That same night, someone went to Cande's father's house to remind him of the debt.",
      },
    },
  },

  scene "plan" {
    text = {
      es = "Cande pregunta qué va a pasar con su papá y con el terreno. Dice que, si ella no llega a Comitán, el prestamista va a ir a la casa. Y que no quiere ir a ningún lugar donde nadie hable k'iche'.",
      en = "Cande asks what will happen to her father and the land. She says that if she does not reach Comitán, the moneylender will come to the house. And that she does not want to go anywhere where no one speaks K'iche'.",
    },
    detail "warned_about_police" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Don Efraín le advirtió que, si hablaba con la policía, a su papá lo meterían preso por la deuda.",
        en = "Don Efraín warned her that if she talked to the police, her father would be jailed over the debt.",
      },
    },
    choice {
      id = "plan_it_with_her",
      to = "referral",
      practice = { "respect_her_assessment", "safety_plan" },
      effects = { safety = 1 },
      text = {
        es = "Preguntarle qué teme y qué necesita, y planearlo con ella y la PGN: protección para su familia, un hogar donde hablen k'iche' y cuándo hablará con su papá.",
        en = "Ask her what she fears and what she needs, and plan it with her and the PGN: protection for her family, a home where K'iche' is spoken, and when she will talk to her father.",
      },
    },
    choice {
      id = "tell_her_to_rest",
      to = "referral",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Explicarle con paciencia que la deuda y el terreno los van a ver los adultos y la fiscalía, y que a ella ahora solo le toca descansar y comer algo.",
        en = "Explain patiently that the debt and the land are for the adults and the prosecutor to sort out, and that all she needs to do now is rest and eat something.",
      },
      consequence = {
        es = "Nadie tomó en serio lo que ella temía por su familia. Cande pasó las semanas siguientes pensando en cómo volver para que el prestamista no llegara a su casa.",
        en = "No one took seriously what she feared for her family. Cande spent the following weeks thinking about how to get back so that the moneylender would not come to her home.",
      },
    },
  },

  scene "referral" {
    text = {
      es = "Ya es de noche. La delegada de la PGN, el fiscal y el enlace del ERI coordinan por teléfono los pasos siguientes. Byron espera con otra delegada mientras localizan a su mamá; Wilmer y Josué ya hablaron a solas con la fiscalía. El investigador quiere tomarle ya a Cande, otra vez, la declaración completa “ahora que está fresca”.",
      en = "Night has fallen. The PGN delegate, the prosecutor and the ERI contact coordinate the next steps by phone. Byron waits with another delegate while his mother is traced; Wilmer and Josué have already spoken alone with the prosecutor's office. The investigator wants to take Cande's full statement again, right now, “while it's fresh”.",
    },
    choice {
      id = "refer_with_one_interview",
      to = "protected",
      when = "safety >= 2 and trafficking_case == 1",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarla por medio del ERI: la PGN pide medidas y un hogar, ella recibe apoyo psicológico y se acuerda con la fiscalía una sola entrevista grabada.",
        en = "Refer her through the ERI: the PGN requests measures and a place in a home, she gets psychological support, and one recorded interview is agreed with the prosecutor.",
      },
    },
    choice {
      id = "refer_and_shield_family",
      to = "safe_but_afraid",
      when = "safety < 2 or trafficking_case == 0",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarla por medio del ERI y pedir protección también para su familia; acordar con la fiscalía una sola entrevista grabada, y no esta noche.",
        en = "Refer her through the ERI and ask for protection for her family too; agree a single recorded interview with the prosecutor, and not tonight.",
      },
    },
    choice {
      id = "take_statement_tonight",
      to = "safe_but_afraid",
      harm = "repeat_interview_of_child",
      text = {
        es = "Dejar que el investigador le tome la declaración completa esta noche, con la intérprete y la delegada presentes, ahora que está fresca.",
        en = "Let the investigator take her full statement tonight, with the interpreter and the delegate present, while it is still fresh in her mind.",
      },
      note = {
        es = "Ya contó su historia dos veces hoy. Con intérprete y delegada sigue siendo una entrevista más; una sola, grabada y acordada con la fiscalía, le evita repetirla.",
        en = "She has already told her story twice today. With an interpreter and a delegate it is still one more interview; a single recorded one, agreed with the prosecutor, spares her repeating it.",
      },
      consequence = {
        es = "Cande contó todo por tercera vez ese día, agotada. Las pequeñas diferencias entre sus relatos se usaron después para poner en duda su palabra.",
        en = "Exhausted, Cande told everything for the third time that day. The small differences between her accounts were later used to cast doubt on her word.",
      },
    },
  },

  ending "protected" {
    outcome = "good",
    text = {
      es = "Cande quedó bajo medidas de protección del Juzgado de la Niñez, en un hogar donde una educadora habla k'iche'. Dos días después habló con su papá, con la delegada de la PGN a su lado, y decidió ella qué decirle. Declaró una sola vez. Con el cuaderno de la guantera, la Fiscalía contra la Trata abrió un caso contra don Efraín y empezó a buscar a Rosa. Byron volvió con su mamá después de que la PGN verificara la situación en su casa. Wilmer y Josué fueron escuchados a solas antes de que se resolviera su situación migratoria, y a Josué le explicaron dónde pedir ayuda si “el trabajo para pagar el resto” resultaba una trampa. Cande dice que todavía quiere ayudar a su familia, pero no así.",
      en = "Cande was placed under protection measures from the children's court, in a home where one of the staff speaks K'iche'. Two days later she spoke to her father, with the PGN delegate beside her, and decided for herself what to tell him. She gave her statement once. With the notebook from the glovebox, the Fiscalía contra la Trata opened a case against don Efraín and began looking for Rosa. Byron went back to his mother after the PGN had checked the situation at home. Wilmer and Josué were heard alone before their migration status was decided, and Josué was told where to turn if “working off the rest” turned out to be a trap. Cande says she still wants to help her family, but not like this.",
    },
  },

  ending "safe_but_afraid" {
    outcome = "mixed",
    text = {
      es = "Cande está en un hogar bajo la protección de la PGN, a salvo pero con miedo. A los pocos días alguien llegó a la casa de su papá a recordarle la deuda y a preguntar qué había contado la patoja. Cande dejó de hablar con la fiscalía, y lo que se sabía de Rosa y de las otras patojas del cuaderno quedó sin seguirse. Ella está protegida; las demás, todavía no.",
      en = "Cande is in a home under the PGN's protection, safe but afraid. A few days later someone came to her father's house to remind him of the debt and to ask what the girl had said. Cande stopped talking to the prosecutor's office, and what was known about Rosa and the other girls in the notebook was never followed up. She is protected; the others are not, yet.",
    },
  },

  ending "waved_through" {
    outcome = "bad",
    text = {
      es = "Candelaria, la patoja de 15 años a la que el piloto llamaba Rosa, se fue esa noche con don Efraín. No llegó a ningún comedor ni volvió a su aldea. Semanas después, su papá recibió un audio suyo desde una cantina del otro lado de la frontera, muy parecido al que Rosa le había mandado a ella. Según don Efraín, el adelanto todavía no está pagado.",
      en = "Candelaria, the 15-year-old girl the driver called Rosa, left with don Efraín that night. She never reached any eatery, and she did not go back to her village. Weeks later her father received a voice message from her, sent from a cantina across the border, much like the one Rosa had sent her. According to don Efraín, the advance has still not been paid off.",
    },
  },

  ending "sent_back" {
    outcome = "bad",
    text = {
      es = "Los pasajeros fueron entregados a Migración y a la PGN sin que nadie hablara a solas con ellos. Wilmer y Josué fueron devueltos a Honduras en pocos días; nadie le preguntó a Josué por el trabajo con el que iba a pagar el resto. La patoja a la que el piloto llamaba Rosa se llamaba en realidad Candelaria y tenía 15 años. Fue regresada a su aldea, a la casa donde su papá ya había recibido un adelanto de don Efraín por ella. Don Efraín siguió manejando por la ruta de La Mesilla. Dos meses después, Candelaria volvió a salir de la aldea, esta vez por un camino sin puestos de control.",
      en = "The passengers were handed over to the migration authorities and the PGN without anyone speaking to them alone. Wilmer and Josué were returned to Honduras within days; no one asked Josué about the work he was to pay off the rest with. The girl the driver called Rosa was really named Candelaria, and she was 15. She was sent back to her village, to the house where her father had already taken an advance from don Efraín for her. Don Efraín kept driving the La Mesilla road. Two months later Candelaria left the village again, this time by a route with no checkpoints.",
    },
  },

  ending "charged" {
    outcome = "bad",
    text = {
      es = "Cande pasó la noche detenida y quedó sindicada por usar el DPI de su prima. Nadie preguntó quién se lo había dado ni dónde estaba Rosa. Don Efraín enfrentó solo un proceso por coyotaje y, semanas después, volvió a pasar por la ruta de La Mesilla con otro microbús.",
      en = "Cande spent the night in custody and was charged with using her cousin's DPI. No one asked who had given it to her or where Rosa was. Don Efraín faced only a smuggling case and, weeks later, was driving the La Mesilla road again in another minibus.",
    },
  },
}
