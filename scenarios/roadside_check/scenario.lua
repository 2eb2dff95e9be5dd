-- A PNC checkpoint on the road down to La Mesilla. Las Cumbres, don Efraín, Eliseo, his cousin
-- Aurelio, Byron, Wilmer, Elvin and the officers are fictional; the institutions are real.
-- Don Efraín is a labour contractor from a nearby town, not a relative: he paid Eliseo's family an
-- "advance" that became the boy's debt. Eliseo speaks K'iche' so that the story can teach the choice
-- of interpreter; his language and origin are neutral details, never signs.

return scenario {
  title = { es = "Puesto de control en Las Cumbres", en = "Checkpoint at Las Cumbres" },
  summary = {
    es = "Un microbús detenido en la ruta a La Mesilla, con un contratista al volante que dice ser el tío de todos. Unos pasajeros pagaron por cruzar la frontera; un patojo de 15 años va a cortar café al otro lado con el DPI de su primo, por un adelanto que le dieron a su familia. Distinguir el tráfico ilícito de migrantes de la trata sin castigar a nadie por viajar.",
    en = "A minibus stopped on the road to La Mesilla, with a contractor at the wheel who says he is everyone's uncle. Some passengers paid to be taken across the border; a 15-year-old boy is going to pick coffee on the other side on his cousin's DPI, against an advance paid to his family. Tell migrant smuggling from trafficking without punishing anyone for travelling.",
  },
  audience = "police",
  person = { age = "possible_minor", gender = "male", nationality = "GT", exploitation = "labour", trafficking = true },
  setting = { country = "GT", institution = "PNC" },
  minutes = 15,
  difficulty = 2,
  feedback = "deferred",
  objectives = {
    {
      es = "Notar quién contesta por quién, quién guarda los documentos y quién viaja con adultos que no son su familia, sin tomar el origen, el idioma, la apariencia ni la falta de papeles como señales.",
      en = "Notice who answers for whom, who holds the documents and who travels with adults who are not family, without treating origin, language, appearance or missing papers as signs.",
    },
    {
      es = "Distinguir el tráfico ilícito de migrantes de la trata (consentimiento, fin del viaje, frontera, a quién daña), reconocer los tres elementos de la trata (acto, medio y fin; con un menor de 18 años no hace falta ningún medio) y recordar que un viaje pagado puede convertirse en trata.",
      en = "Tell migrant smuggling from trafficking (consent, end point, border, who is harmed), recognise the three elements of trafficking (act, means and purpose; for anyone under 18 no means is needed) and remember that a paid journey can turn into trafficking.",
    },
    {
      es = "Hablar con cada persona a solas y con intérprete neutral antes de decidir cualquier detención o entrega a Migración.",
      en = "Talk with each person alone, with a neutral interpreter, before deciding on any detention or handover to the migration authorities.",
    },
    {
      es = "Aplicar la presunción de minoría de edad y la no punibilidad, y actuar con la PGN en el interés superior del adolescente.",
      en = "Apply the presumption of minority and non-punishment, and act with the PGN in the boy's best interests.",
    },
  },
  content_note = {
    es = "Esta historia trata de migración, de deudas familiares y del posible reclutamiento de un adolescente para explotarlo en el trabajo agrícola. No hay escenas de violencia ni descripciones explícitas. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with migration, family debt and the possible recruitment of a teenage boy for exploitation in farm work. There are no scenes of violence and nothing explicit. You can pause at any time.",
  },
  start = "checkpoint",
  vars = { trust = 1, safety = 2, asked_arrival = 0, trafficking_case = 0 },

  scene "checkpoint" {
    text = {
      es = "Martes, cinco y media de la tarde, en el puesto de control de la PNC en Las Cumbres, sobre la ruta que baja a La Mesilla. Usted le hace la parada a un microbús con siete pasajeros: dos hombres jóvenes y cinco patojos. El piloto, don Efraín, baja sonriendo y le entrega una bolsa plástica con los documentos de todos. Dice que es contratista, que cada temporada lleva gente a las fincas del otro lado y que estos son sus sobrinos. Cuando usted le pregunta su nombre al más callado de los patojos, él mira al piloto, y es don Efraín quien contesta: “Aurelio, tiene diecinueve. Ahí está su DPI.”",
      en = "Tuesday, half past five in the afternoon, at the PNC checkpoint at Las Cumbres, on the road down to La Mesilla. You pull over a minibus with seven passengers: two young men and five teenage boys. The driver, don Efraín, gets out smiling and hands you a plastic bag with everyone's documents. He says he is a contractor who takes people to the farms across the border every season, and that these are his nephews. When you ask the quietest of the boys his name, the boy looks at the driver, and don Efraín is the one who answers: “Aurelio, he's nineteen. His DPI is in there.”",
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
        es = "Cuando usted le habla al patojo, contesta el piloto; el muchacho lo mira antes de decir cualquier cosa.",
        en = "When you speak to the boy, the driver answers; the boy looks at him before saying anything.",
      },
    },
    detail "looks_older" {
      neutral = true,
      text = {
        es = "El patojo es alto y ancho de hombros; a primera vista podría pasar por un hombre de veinte.",
        en = "The boy is tall and broad-shouldered; at first glance he could pass for a man of twenty.",
      },
      why = {
        es = "Parecer mayor no es señal de nada: no dice qué edad tiene ni qué le está pasando. Ni la estatura ni la cara deciden la edad de nadie; si hay razones para dudar, se le trata como menor hasta verificarla.",
        en = "Looking older is not a sign of anything: it says neither how old he is nor what is happening to him. Neither height nor face settles anyone's age; where there is reason for doubt, he is treated as a minor until it is verified.",
      },
    },
    detail "coffee_season" {
      neutral = true,
      text = {
        es = "Es temporada de corte de café, y por esta ruta pasan a diario cuadrillas de jóvenes que van a trabajar a las fincas.",
        en = "It is coffee-picking season, and crews of young people going to work on the farms pass along this road every day.",
      },
      why = {
        es = "Viajar en cuadrilla o cruzar la frontera para trabajar en la cosecha puede ser completamente normal en la zona, y que un contratista lleve gente a las fincas no es delito. Una señal sin contexto no dice nada; lo que importa es quién controla a quién.",
        en = "Travelling in a crew or crossing the border to work the harvest can be entirely normal in the area, and a contractor taking people to the farms is no crime. A sign without context says nothing; what matters is who controls whom.",
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
        es = "Los pasajeros fueron entregados sin que nadie hablara a solas con ellos. Lo que tenía que contar el patojo al que el piloto llamó Aurelio se fue con él, y el piloto siguió su camino con una multa.",
        en = "The passengers were handed over without anyone speaking to them alone. What the boy the driver called Aurelio had to tell went with him, and the driver went on his way with a fine.",
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
        es = "Nadie habló a solas con los pasajeros ni les dejó un contacto. El patojo vio cómo la policía le devolvía sus papeles al piloto.",
        en = "No one spoke to the passengers alone or left them a contact. The boy watched the police hand his papers back to the driver.",
      },
    },
  },

  scene "in_the_van" {
    text = {
      es = "Dentro del microbús hace calor. Usted pregunta en voz alta si todos viajan por su voluntad. Antes de que alguien conteste, don Efraín se asoma por la ventanilla: a los patojos les dice algo en k'iche', y a los dos hombres jóvenes, más bajo, algo en español. Uno por uno, los pasajeros repiten lo mismo: que son sobrinos de don Efraín y que van a cortar café. El patojo al que el piloto llamó Aurelio no levanta la vista del piso.",
      en = "It is hot inside the minibus. You ask out loud whether everyone is travelling of their own free will. Before anyone answers, don Efraín leans in at the window: he says something to the boys in K'iche', and something in Spanish, more quietly, to the two young men. One by one, the passengers repeat the same thing: they are don Efraín's nephews, going to pick coffee. The boy the driver called Aurelio does not look up from the floor.",
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
        es = "Las respuestas ensayadas se tomaron como la verdad. El patojo siguió el viaje sabiendo que don Efraín había dicho la última palabra delante de la policía.",
        en = "The rehearsed answers were taken as the truth. The boy went on with the journey knowing that don Efraín had had the last word in front of the police.",
      },
    },
  },

  scene "roadside" {
    text = {
      es = "Don Efraín espera junto a la patrulla con un agente. A un lado del puesto, usted habla primero con los dos hombres jóvenes, que son hondureños. Wilmer, de 22 años, lo dice sin rodeos: le pagaron a don Efraín para que los lleve hasta Estados Unidos, donde los espera un primo. Sabían a qué venían y no quieren que los regresen. Elvin, de 19, asiente. Byron, de 16, de una aldea de Huehuetenango, cuenta que su mamá pagó la mitad de su viaje. Un agente de su equipo le dice en voz baja: “Son migrantes con coyote, jefe. Los entregamos a Migración y asunto arreglado.”",
      en = "Don Efraín waits by the patrol car with an officer. At the side of the checkpoint you first talk to the two young men, who are Honduran. Wilmer, 22, says it plainly: they paid don Efraín to take them all the way to the United States, where a cousin is waiting for them. They knew what they were getting into and do not want to be sent back. Elvin, 19, nods. Byron, 16, from a village in Huehuetenango, says his mother paid half of his journey. A fellow officer murmurs to you: “They're migrants with a coyote, chief. We hand them to Migration and that's that.”",
    },
    prompt = {
      es = "Wilmer y Elvin dicen que aceptaron el viaje. ¿Qué distingue el tráfico ilícito de migrantes de la trata? ¿Qué podría convertir, en este microbús, un viaje pagado en explotación?",
      en = "Wilmer and Elvin say they agreed to the journey. What distinguishes migrant smuggling from trafficking? What, in this minibus, could turn a paid journey into exploitation?",
    },
    detail "no_passports" {
      neutral = true,
      text = {
        es = "Wilmer y Elvin no tienen pasaporte ni ningún permiso para entrar a México.",
        en = "Wilmer and Elvin have no passport and no permit of any kind to enter Mexico.",
      },
      why = {
        es = "No tener papeles ni permiso migratorio no es señal de trata. Tomar la situación migratoria como el hallazgo lleva a detener o deportar a víctimas sin identificarlas, y las medidas contra la trata no deben dañar los derechos de las personas migrantes.",
        en = "Having no papers or migration permit is not a sign of trafficking. Treating migration status as the finding leads to victims being detained or deported without being identified, and anti-trafficking measures must not harm migrants' rights.",
      },
    },
    detail "work_off_the_rest" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "Elvin solo pagó una parte; el resto, dice, lo pagará “trabajando unos meses” donde don Efraín lo mande.",
        en = "Elvin paid only part of the fee; the rest, he says, he will pay off “working a few months” wherever don Efraín sends him.",
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
        es = "Con el caso encasillado como coyotaje, el parte dejó fuera lo que esperaba a cada pasajero al llegar: el trabajo con que Elvin pagaría su deuda y el patojo que no había dicho una palabra.",
        en = "With the case boxed in as smuggling, the report left out what awaited each passenger on arrival: the work with which Elvin would pay off his debt, and the boy who had not said a word.",
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
        es = "Los pasajeros fueron entregados antes de que nadie los escuchara a solas. Lo que sabían del viaje, y lo que le esperaba al patojo al que el piloto llamó Aurelio, no quedó en ningún parte.",
        en = "The passengers were handed over before anyone had listened to them alone. What they knew about the journey, and what awaited the boy the driver called Aurelio, went into no report.",
      },
    },
  },

  scene "processing" {
    text = {
      es = "El parte ya dice “tráfico ilícito de migrantes”. Mientras llega el vehículo de Migración, los pasajeros esperan sentados en la banqueta. El patojo al que el piloto llamó Aurelio está un poco aparte, con su morral en las rodillas. La agente Pérez se le acerca a usted: el patojo le preguntó dos veces, en un español muy corto, si lo van a meter preso, y dijo algo de “la deuda de mi papá”.",
      en = "The report already says “migrant smuggling”. While they wait for the migration vehicle, the passengers sit on the kerb. The boy the driver called Aurelio sits a little apart, his bag on his knees. Officer Pérez comes over to you: twice, in very broken Spanish, the boy has asked her whether he is going to be locked up, and he said something about “my father's debt”.",
    },
    detail "asks_about_jail" {
      indicator = "fear_of_police",
      text = {
        es = "El patojo pregunta si lo van a meter preso, y se encoge cuando un agente pasa cerca.",
        en = "The boy asks whether he is going to be locked up, and flinches when an officer walks past.",
      },
    },
    choice {
      id = "halt_the_transfer",
      to = "booth",
      practice = "screen_before_detention",
      text = {
        es = "Detener el traslado: nadie se va hasta que cada persona haya hablado a solas con un agente, empezando por el patojo.",
        en = "Halt the transfer: no one leaves until each person has spoken alone with an officer, starting with the boy.",
      },
    },
    choice {
      id = "note_debt_for_migration",
      to = "sent_back",
      harm = "deport_before_screening",
      text = {
        es = "Seguir con el traslado, pero anotar en el parte lo que el patojo dijo de la deuda de su papá, para que Migración lo averigüe al recibirlo.",
        en = "Go ahead with the transfer, but note in the report what the boy said about his father's debt, so that the migration authorities can look into it.",
      },
      consequence = {
        es = "El patojo dijo dos veces “la deuda de mi papá” y nadie le preguntó qué quería decir: quedó en una línea del parte. Fue entregado con los demás.",
        en = "Twice the boy said “my father's debt” and no one asked him what he meant: it became one line in a report. He was handed over with the others.",
      },
    },
  },

  scene "booth" {
    text = {
      es = "En la garita del puesto, el patojo al que el piloto llamó Aurelio se sienta en la orilla de la silla frente a la agente Pérez. Contesta con palabras sueltas en español; su idioma es el k'iche'. Desde la patrulla, don Efraín grita que Byron es vecino del patojo y que él le puede traducir. Byron ya está en la puerta, mirando al piloto.",
      en = "In the checkpoint booth, the boy the driver called Aurelio sits on the edge of his chair across from Officer Pérez. He answers in single words of Spanish; his language is K'iche'. From the patrol car, don Efraín shouts that Byron is the boy's neighbour and can interpret for him. Byron is already at the door, looking at the driver.",
    },
    detail "speaks_kiche" {
      neutral = true,
      text = {
        es = "Prefiere hablar en k'iche', su idioma materno.",
        en = "He would rather speak K'iche', his mother tongue.",
      },
      why = {
        es = "El idioma en que habla dice cuál es su lengua, no lo que le está pasando: no es señal de trata ni motivo de sospecha. Sí le da derecho a que lo entiendan bien, por medio de un intérprete calificado.",
        en = "The language he speaks tells you his mother tongue, not what is happening to him: it is no sign of trafficking and no ground for suspicion. It does give him the right to be properly understood, through a qualified interpreter.",
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
        es = "Pedirle a Byron que espere con otro agente y conseguir por teléfono, por medio de la fiscalía, un intérprete de k'iche'; preguntarle al patojo si prefiere hombre o mujer.",
        en = "Ask Byron to wait with another officer and get a K'iche' interpreter by phone through the prosecutor's office; ask the boy whether he would rather have a man or a woman.",
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
        es = "Byron viaja en el mismo microbús y le teme al piloto: aunque lo aparte del piloto, no es un intérprete neutral, y el patojo lo sabe.",
        en = "Byron travels in the same minibus and is afraid of the driver: wherever he sits, he is not a neutral interpreter, and the boy knows it.",
      },
      consequence = {
        es = "Todo lo que el patojo dijo pasó por un muchacho del mismo microbús, que temía a don Efraín. Esa noche el piloto supo de qué había hablado.",
        en = "Everything the boy said passed through another boy from the same minibus, who was afraid of don Efraín. That night the driver learned what he had talked about.",
      },
    },
  },

  scene "byron_translates" {
    text = {
      es = "El patojo habla un buen rato en k'iche'. Byron lo traduce en una sola frase: “Dice que va a cortar café, como todos, y que don Efraín es buena gente.” Cuando el patojo menciona a su papá, Byron lo interrumpe, le dice algo seco y él se calla.",
      en = "The boy speaks in K'iche' for a long while. Byron translates it in one sentence: “He says he's going to pick coffee, like everyone, and don Efraín is a good man.” When the boy mentions his father, Byron cuts in, says something curt to him, and he falls silent.",
    },
    detail "byron_cuts_in" {
      indicator = "coached_answers",
      text = {
        es = "Después de lo que le dice Byron, el patojo deja de hablar de su papá.",
        en = "After Byron speaks to him, the boy stops talking about his father.",
      },
    },
    choice {
      id = "switch_to_phone_interpreter",
      to = "opening",
      practice = "neutral_interpreter",
      text = {
        es = "Interrumpir con amabilidad, agradecerle a Byron y seguir con un intérprete de k'iche' por teléfono.",
        en = "Interrupt politely, thank Byron and go on with a K'iche' interpreter by phone.",
      },
    },
    choice {
      id = "accept_the_eatery_account",
      to = "waved_through",
      harm = "leave_without_referral",
      text = {
        es = "Dar por buena la traducción de Byron: va a cortar café, como tantos en esta temporada. Dejar seguir el microbús antes de que oscurezca.",
        en = "Accept Byron's translation: he is going to pick coffee, like so many this season. Let the minibus go on before it gets dark.",
      },
      consequence = {
        es = "Lo que el patojo intentó contar de su papá nunca llegó a nadie, y él se subió otra vez al microbús sin un solo contacto de ayuda.",
        en = "What the boy tried to say about his father never reached anyone, and he got back on the minibus without a single contact for help.",
      },
    },
  },

  scene "opening" {
    text = {
      es = "El intérprete de k'iche' está en la línea, en altavoz; el patojo dijo que prefería un hombre. La agente Pérez le ofrece agua. Antes de que usted diga nada, él pregunta, por medio del intérprete, si por hablar van a meter preso a su papá.",
      en = "The K'iche' interpreter is on the line, on speakerphone; the boy said he would rather have a man. Officer Pérez offers him some water. Before you say anything, he asks through the interpreter whether his father will be locked up if he talks.",
    },
    choice {
      id = "explain_before_asking",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Decirle que no está detenido y que puede callar o parar cuando quiera; explicarle para qué es la plática y qué tendría que informar usted, por ejemplo a la PGN.",
        en = "Tell him he is not under arrest and may refuse to answer or stop whenever he wants; explain what the talk is for and what you would have to report, for instance to the PGN.",
      },
    },
    choice {
      id = "promise_her_father_is_safe",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizarlo primero, porque con miedo no va a hablar, y darle lo que necesita oír: “A su papá no le va a pasar nada, se lo prometo; mañana ya está en su casa.”",
        en = "Calm him down first, because he will not talk while he is afraid, and tell him what he needs to hear: “Nothing will happen to your father, I promise; tomorrow you'll be home.”",
      },
      consequence = {
        es = "La promesa lo calmó esa tarde. Cuando no volvió a su casa al día siguiente y la fiscalía tuvo que preguntar por su papá, sintió que lo habían engañado otra vez.",
        en = "The promise calmed him that afternoon. When he did not go home the next day and the prosecutor's office had to ask about his father, he felt he had been deceived once again.",
      },
    },
    choice {
      id = "ask_why_she_got_in",
      to = "her_story",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Empezar por entender cómo llegó hasta aquí: “¿Por qué se fue con un hombre que no es de su familia? ¿Y su papá no sabía a qué lo mandaba?”",
        en = "Start by understanding how he got here: “Why did you go off with a man who isn't family? And didn't your father know what he was sending you to?”",
      },
      consequence = {
        es = "La pregunta le confirmó lo que temía: que la culpa sería de él y de su papá. Contó mucho menos de lo que sabía.",
        en = "The question confirmed what he feared: that the blame would fall on him and his father. He told far less than he knew.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Por medio del intérprete, el patojo cuenta su historia. Se llama Eliseo, no Aurelio. Su papá está enfermo desde la cosecha pasada y la familia le debe dinero a un prestamista de la aldea. En octubre llegó don Efraín, un contratista del pueblo vecino que cada año junta patojos para las fincas de café de Chiapas: le ofreció a Eliseo trabajo en el corte y le dio a su papá un adelanto “a cuenta” de lo que el patojo ganaría. Eliseo dice que él quiso venir: trabaja en la milpa desde niño, quiere ayudar a su familia y no piensa regresar con las manos vacías. Lo que le preocupa es que, si no llega a la finca, su papá tendrá que devolver el adelanto.",
      en = "Through the interpreter, the boy tells his story. His name is Eliseo, not Aurelio. His father has been ill since last harvest, and the family owes money to a moneylender in the village. In October don Efraín, a contractor from the next town who gathers boys for the coffee farms in Chiapas every year, came to the village: he offered Eliseo work in the harvest and gave his father an advance “against” what the boy would earn. Eliseo says he wanted to come: he has worked the maize field since he was small, he wants to help his family and he does not mean to go home empty-handed. What worries him is that if he does not reach the farm, his father will have to pay the advance back.",
    },
    prompt = {
      es = "Eliseo dice que él quiso venir. En lo que cuenta, ¿cuál es el acto, cuál el medio y cuál el fin? ¿Hace falta algún medio si tiene menos de 18 años? ¿Y si fuera adulto, con el adelanto a su papá y el pasaje que le van a descontar?",
      en = "Eliseo says he wanted to come. In his account, what is the act, what is the means and what is the purpose? Is any means needed if he is under 18? And if he were an adult, given the advance to his father and the fare to be taken out of his pay?",
    },
    detail "sick_father" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "La oferta llegó cuando su papá estaba enfermo y endeudado con un prestamista.",
        en = "The offer came when his father was ill and in debt to a moneylender.",
      },
    },
    detail "advance_to_father" {
      indicator = "payment_to_controller",
      text = {
        es = "Don Efraín le dio dinero a su papá a cambio de llevarse al patojo, “a cuenta” de lo que ganaría. Ese adelanto es ahora la deuda de Eliseo.",
        en = "Don Efraín gave his father money in exchange for taking the boy away, “against” what he would earn. That advance is now Eliseo's debt.",
      },
    },
    detail "too_good_pay" {
      indicator = "implausible_pay_offer",
      text = {
        es = "Le prometieron el doble de lo que pagan por cortar café de este lado, con comida y galera, aunque nunca ha trabajado fuera de su aldea.",
        en = "He was promised twice what coffee picking pays on this side, with food and a bunk in the workers' shed, though he has never worked outside his village.",
      },
    },
    detail "fare_deducted" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "El pasaje, la comida del camino y “lo del cruce” se los va a descontar don Efraín de lo que gane en la finca.",
        en = "Don Efraín will take the fare, the food on the road and “the crossing” out of what he earns on the farm.",
      },
    },
    detail "cousins_dpi" {
      indicator = "minor_with_adult_id",
      when = "trust >= 2",
      text = {
        es = "El DPI que mostró el piloto es de su primo Aurelio, de 19 años. Don Efraín lo guarda desde que Aurelio se fue con él el año pasado, y se lo dio a Eliseo “para pasar los puestos”.",
        en = "The DPI the driver showed belongs to his cousin Aurelio, aged 19. Don Efraín has kept it since Aurelio left with him last year, and gave it to Eliseo “to get through the checkpoints”.",
      },
    },
    detail "cousin_voice_note" {
      indicator = "deceptive_job_offer",
      when = "trust >= 2",
      text = {
        es = "Le enseña a la agente un audio de Aurelio, que se fue hace un año a “dos meses de corte”: la finca no era la que les dijeron, al terminar la cosecha los pasaron a otra, y todavía no lo dejan volver.",
        en = "He shows the officer a voice message from Aurelio, who left a year ago for “two months of picking”: the farm was not the one they were told of, when the harvest ended they were moved to another, and he is still not allowed home.",
      },
    },
    detail "cousin_debt" {
      indicator = "debt_bondage",
      when = "trust >= 2",
      text = {
        es = "En el mismo audio, Aurelio dice que lo que debe “nunca baja”, por más café que corte, porque le cobran la comida y la galera.",
        en = "In the same message, Aurelio says that what he owes “never goes down”, however much coffee he picks, because he is charged for food and the bunkhouse.",
      },
    },
    detail "threat_over_land" {
      indicator = "recruited_under_threat",
      when = "trust >= 3",
      text = {
        es = "Cuando su papá dudó, don Efraín le recordó que el prestamista es su compadre y que, si el patojo no se iba, la familia se quedaba sin el terreno.",
        en = "When his father hesitated, don Efraín reminded him that the moneylender is his compadre (a close family friend) and that if the boy did not go, the family would lose its land.",
      },
    },
    detail "real_age" {
      indicator = "travels_with_non_relatives",
      when = "trust >= 3",
      text = {
        es = "En voz baja dice que tiene 15 años y que don Efraín no es su tío ni nada suyo: es el contratista del pueblo vecino.",
        en = "Quietly, he says he is 15 and that don Efraín is not his uncle or any kin of his: he is the contractor from the next town.",
      },
    },
    choice {
      id = "treat_as_minor_not_suspect",
      to = "father_calls",
      practice = { "presume_minority", "non_punishment" },
      text = {
        es = "Decirle que lo ven como posible víctima, no como sospechoso, y que el DPI ajeno no se usará contra él; tratarlo como menor hasta confirmar su edad y llamar a la PGN.",
        en = "Tell him he is seen as a possible victim, not a suspect, and that the DPI he was given will not count against him; until his age is confirmed, treat him as a minor and call the PGN.",
      },
    },
    choice {
      id = "go_by_the_dpi",
      to = "adult_track",
      harm = "treat_as_adult_despite_doubt",
      text = {
        es = "El DPI dice 19 años y es el único documento que hay: tratarlo como adulto, respetar que él quiere seguir el viaje y dejarle el número de la fiscalía por si algún día lo necesita.",
        en = "The DPI says 19 and it is the only document there is: treat him as an adult, respect his wish to go on with the journey, and leave him the prosecutor's number in case he ever needs it.",
      },
      note = {
        es = "Ese DPI no es suyo, y hay razones para dudar de su edad: mientras no se verifique, se le trata como menor y se llama a la PGN.",
        en = "That DPI is not his, and there is reason to doubt his age: until it is verified, he is treated as a minor and the PGN is called.",
      },
      consequence = {
        es = "Tratado como adulto, Eliseo quedó fuera de las medidas que protegen a la niñez: nadie llamó a la PGN y todo el peso de la decisión quedó sobre él.",
        en = "Treated as an adult, Eliseo was left outside the measures that protect children: no one called the PGN, and the whole weight of the decision fell on him.",
      },
    },
    choice {
      id = "seize_dpi_and_book_her",
      to = "charged",
      harm = "charge_victim_for_offences",
      text = {
        es = "Usar un DPI ajeno es delito, aunque sea menor: decomisar el DPI como evidencia y consignar al patojo junto con el piloto, para que sea el juez quien decida.",
        en = "Using someone else's DPI is an offence, even for a minor: seize it as evidence and book the boy along with the driver, so that a judge decides.",
      },
      note = {
        es = "El DPI se lo dio don Efraín para esconder su edad: es evidencia contra el contratista, no un delito del patojo. A una víctima no se la castiga por lo que la obligaron a hacer.",
        en = "Don Efraín gave him the DPI to hide his age: it is evidence against the contractor, not the boy's offence. Victims are not punished for what they were made to do.",
      },
      consequence = {
        es = "Eliseo fue consignado por el documento que le impusieron para esconder su edad. Lo que don Efraín le dijo de la policía resultó cierto.",
        en = "Eliseo was booked over the document forced on him to hide his age. What don Efraín had told him about the police turned out to be true.",
      },
    },
  },

  scene "adult_track" {
    text = {
      es = "Tratado como adulto, Eliseo dice que quiere seguir el viaje: si no llega, su papá pierde el terreno. Desde la patrulla, don Efraín pregunta si ya se pueden ir, que se les hace de noche en la frontera.",
      en = "Treated as an adult, Eliseo says he wants to go on with the journey: if he does not arrive, his father loses the land. From the patrol car, don Efraín asks whether they can leave now, or night will catch them at the border.",
    },
    detail "he_helped_us" {
      indicator = "protects_exploiter",
      text = {
        es = "Eliseo insiste en que don Efraín “ayudó” a su familia cuando nadie más lo hizo.",
        en = "Eliseo insists that don Efraín “helped” his family when no one else would.",
      },
    },
    choice {
      id = "reconsider_her_age",
      to = "father_calls",
      practice = "presume_minority",
      text = {
        es = "Reconsiderar: el DPI no es suyo y la duda sobre su edad sigue en pie. Tratarlo como menor hasta verificarla y llamar a la PGN.",
        en = "Think again: the DPI is not his and the doubt about his age still stands. Treat him as a minor until it is checked, and call the PGN.",
      },
    },
    choice {
      id = "respect_her_decision",
      to = "waved_through",
      harm = { "dismiss_because_she_consented", "leave_without_referral" },
      text = {
        es = "Él aceptó el trabajo y quiere ir, y nadie lo obliga: respetar su decisión, anotar sus datos en el parte y dejar seguir el microbús.",
        en = "He accepted the job and wants to go, and no one is forcing him: respect his decision, note his details in the report and let the minibus go on.",
      },
      note = {
        es = "Si es menor, su “sí” no borra la trata: con alguien de menos de 18 años no hace falta engaño ni amenaza. Y si fuera adulto, el adelanto a su papá y la amenaza sobre el terreno vician ese “sí”.",
        en = "If he is a minor, his “yes” does not undo trafficking: for anyone under 18 no deception or threat is needed. And were he an adult, the advance to his father and the threat over the land would taint that “yes”.",
      },
      consequence = {
        es = "Su “sí” se tomó como el final del asunto, aunque venía de un adelanto a su papá y de una amenaza sobre el terreno, y aunque tenía 15 años.",
        en = "His “yes” was taken as the end of the matter, although it came from an advance paid to his father and a threat over the land, and although he was 15.",
      },
    },
  },

  scene "father_calls" {
    text = {
      es = "Pasadas las siete llega la licenciada Ajú, delegada de la PGN, y habla con Eliseo por medio del intérprete. En eso suena el teléfono de don Efraín: es el papá de Eliseo. Don Efraín le pasa el teléfono al agente. El señor dice que no tiene cómo devolver el adelanto, y pide que dejen a su hijo seguir con don Efraín o, si no, que el mismo don Efraín lo lleve de regreso a la aldea esta noche. Eliseo oye la voz de su papá y se pone a llorar.",
      en = "Shortly after seven, Licenciada Ajú, the PGN delegate, arrives and talks with Eliseo through the interpreter. Just then don Efraín's phone rings: it is Eliseo's father. Don Efraín passes the phone to the officer. The man says he has no way of paying the advance back, and asks that his son be allowed to go on with don Efraín or, failing that, that don Efraín himself bring the boy back to the village tonight. Eliseo hears his father's voice and starts to cry.",
    },
    prompt = {
      es = "El papá de Eliseo recibió dinero por él y ahora pide que se lo entreguen al contratista. ¿Quién debe decidir adónde va, y qué necesita saber antes de decidirlo?",
      en = "Eliseo's father received money for him and now asks for him to be handed to the contractor. Who should decide where he goes, and what do they need to know before deciding?",
    },
    detail "father_defers" {
      indicator = "payment_to_controller",
      text = {
        es = "El papá habla de “lo que ya nos dieron” y pide que entreguen a su hijo al mismo hombre que le pagó el adelanto.",
        en = "The father talks about “what they already gave us” and asks for his son to be handed to the same man who paid the advance.",
      },
    },
    choice {
      id = "keep_her_with_the_pgn",
      to = "the_driver",
      practice = { "best_interests_assessment", "joint_response_child_protection" },
      text = {
        es = "No entregarlo a nadie esta noche. Con la delegada, escuchar qué quiere Eliseo y qué sabía su familia del trabajo y del adelanto, y pedir medidas al Juzgado de la Niñez.",
        en = "Hand him to no one tonight. With the delegate, hear what Eliseo wants and what his family knew about the work and the advance, and ask the children's court for protection measures.",
      },
    },
    choice {
      id = "let_driver_take_her_home",
      to = "waved_through",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Es su papá quien lo reclama y tiene la patria potestad: que don Efraín lo lleve de regreso a la aldea esta noche, y que la delegada llame mañana a la familia.",
        en = "It is his father asking, and he has parental authority: let don Efraín take the boy back to the village tonight, and have the delegate call the family tomorrow.",
      },
      note = {
        es = "Su papá recibió dinero del mismo hombre que llevaría al patojo de regreso. Entregarlo sin evaluar su interés superior es devolverlo a quien lo quiere explotar.",
        en = "His father took money from the very man who would drive the boy back. Handing him over without assessing his best interests returns him to the man who means to exploit him.",
      },
      consequence = {
        es = "Eliseo fue entregado, a pedido de su papá, al mismo hombre que había pagado por él. Cuando la delegada llamó al día siguiente, nadie sabía adónde se lo había llevado.",
        en = "At his father's request, Eliseo was handed to the very man who had paid for him. When the delegate called the next day, no one knew where the contractor had taken him.",
      },
    },
    choice {
      id = "ask_her_in_front_of_both",
      to = "the_driver",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -2, safety = -2 },
      text = {
        es = "Aclararlo de una vez, con todos presentes: llevar a Eliseo a la patrulla y, con su papá en altavoz, preguntarle delante de don Efraín si quiere seguir o regresar.",
        en = "Settle it at once, with everyone there: take Eliseo to the patrol car and, with his father on speakerphone, ask him in front of don Efraín whether he wants to go on or go home.",
      },
      consequence = {
        es = "Delante del hombre que pagó por él y con su papá escuchando, Eliseo dijo que sí, que iba contento. Después se negó a volver a hablar del adelanto.",
        en = "In front of the man who paid for him and with his father listening, Eliseo said yes, he was happy to go. Afterwards he refused to talk about the advance again.",
      },
    },
  },

  scene "the_driver" {
    text = {
      es = "Don Efraín ya no sonríe. Dice que él es contratista, que solo les “hace el favor” de llevarlos a trabajar y que por eso cobra. El sargento quiere cerrar el parte: “Es un coyote; tráfico ilícito de migrantes y ya. Lo del patojo es problema de familia.” El fiscal de turno pregunta por teléfono qué se va a consignar.",
      en = "Don Efraín is no longer smiling. He says he is a contractor, only “doing them a favour” by taking them to work, and that is why he charges. The sergeant wants to close the report: “He's a coyote; migrant smuggling and that's it. The boy is a family matter.” The duty prosecutor asks by phone what is going to be booked.",
    },
    detail "glovebox_notebook" {
      indicator = "debt_bondage",
      text = {
        es = "En la guantera hay un cuaderno con nombres de patojos, entre ellos el de Aurelio, y cantidades que crecen mes a mes: “adelanto”, “pasaje”, “comida”, “galera”.",
        en = "In the glovebox there is a notebook with boys' names, Aurelio's among them, and sums that grow month by month: “advance”, “fare”, “food”, “bunk”.",
      },
    },
    detail "boys_kept_at_the_farm" {
      indicator = "not_free_to_leave",
      when = "asked_arrival == 1",
      text = {
        es = "Elvin recuerda que, cuando le preguntaron qué le esperaba al llegar, don Efraín le había dicho que “los patojos se quedan en la finca hasta que paguen” y que los hombres siguen al norte.",
        en = "Elvin remembers that, when he was asked what awaited him on arrival, don Efraín had told him that “the boys stay on the farm until they've paid” while the men go on north.",
      },
    },
    choice {
      id = "book_smuggling_and_trafficking",
      to = "plan",
      practice = { "distinguish_smuggling_trafficking", "identify_the_elements", "report_to_authorities" },
      set = { trafficking_case = 1 },
      text = {
        es = "Consignar el coyotaje y la posible trata de Eliseo, y pasarle a la Fiscalía contra la Trata el cuaderno y lo que él contó, para que busquen a Aurelio y a los demás.",
        en = "Book the smuggling and Eliseo's possible trafficking, and give the Fiscalía contra la Trata the notebook and what he told you, so they look for Aurelio and the others.",
      },
    },
    choice {
      id = "book_smuggling_only",
      to = "plan",
      harm = "treat_as_smuggling_only",
      effects = { safety = -1 },
      text = {
        es = "Hacerle caso al sargento: consignar a don Efraín por coyotaje, que es lo que se puede probar esta noche, y dejar lo del patojo en manos de la PGN.",
        en = "Go with the sergeant: book don Efraín for smuggling, which is what can be proved tonight, and leave the boy's situation to the PGN.",
      },
      note = {
        es = "Llevar a un menor de 18 años a trabajar para explotarlo es trata aunque él aceptara: basta el acto y el fin. El cuaderno y el adelanto a su papá apuntan a explotación al llegar; el coyotaje puede ser la primera parte de una trata.",
        en = "Moving someone under 18 to exploit his work is trafficking even if he agreed: the act and the purpose are enough. The notebook and the advance to his father point to exploitation on arrival; smuggling can be the first stage of trafficking.",
      },
      consequence = {
        es = "El caso se cerró como coyotaje. Nadie siguió el cuaderno ni buscó a Aurelio, y la deuda de la familia de Eliseo siguió en manos de don Efraín y de su compadre.",
        en = "The case was closed as smuggling. No one followed up the notebook or looked for Aurelio, and Eliseo's family's debt stayed in the hands of don Efraín and his compadre (a close family friend).",
      },
    },
    choice {
      id = "press_him_with_her_account",
      to = "plan",
      harm = "expose_identity",
      set = { trafficking_case = 1 },
      effects = { safety = -2 },
      text = {
        es = "Apretar a don Efraín para que confiese: decirle que el patojo ya contó todo lo del adelanto y lo de Aurelio, y que la Fiscalía contra la Trata ya tiene su cuaderno.",
        en = "Press don Efraín to confess: tell him the boy has already told them everything about the advance and about Aurelio, and that the Fiscalía contra la Trata has his notebook.",
      },
      consequence = {
        es = "Don Efraín no confesó, pero supo quién había hablado. Esa misma noche, alguien fue a la casa del papá de Eliseo a recordarle la deuda.",
        en = "Don Efraín did not confess, but he knew who had talked. That same night, someone went to Eliseo's father's house to remind him of the debt.",
      },
    },
  },

  scene "plan" {
    text = {
      es = "Eliseo pregunta qué va a pasar con su papá y con el terreno. Dice que, si él no llega a la finca, don Efraín va a ir a cobrar a la casa. Y que no quiere que lo manden lejos, a un lugar donde no conoce a nadie: él lo que quiere es trabajar para ayudar a su familia.",
      en = "Eliseo asks what will happen to his father and the land. He says that if he does not reach the farm, don Efraín will come to the house to collect. And he does not want to be sent far away, to a place where he knows no one: what he wants is to work and help his family.",
    },
    detail "warned_about_police" {
      indicator = "threat_of_denunciation",
      text = {
        es = "Don Efraín le advirtió que, si hablaba con la policía, a su papá lo meterían preso por la deuda.",
        en = "Don Efraín warned him that if he talked to the police, his father would be jailed over the debt.",
      },
    },
    choice {
      id = "plan_it_with_her",
      to = "referral",
      practice = { "respect_her_assessment", "safety_plan" },
      effects = { safety = 1 },
      text = {
        es = "Preguntarle qué teme y qué necesita, y planearlo con él y la PGN: protección para su familia, dónde se quedará mientras tanto y cuándo hablará con su papá.",
        en = "Ask him what he fears and what he needs, and plan it with him and the PGN: protection for his family, where he will stay in the meantime, and when he will talk to his father.",
      },
    },
    choice {
      id = "tell_her_to_rest",
      to = "referral",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Explicarle con paciencia que la deuda y el terreno los van a ver los adultos y la fiscalía, y que a él ahora solo le toca descansar y comer algo.",
        en = "Explain patiently that the debt and the land are for the adults and the prosecutor to sort out, and that all he needs to do now is rest and eat something.",
      },
      consequence = {
        es = "Nadie tomó en serio lo que él temía por su familia. Eliseo pasó las semanas siguientes pensando en cómo volver para que don Efraín no llegara a cobrar a su casa.",
        en = "No one took seriously what he feared for his family. Eliseo spent the following weeks thinking about how to get back so that don Efraín would not come to his home to collect.",
      },
    },
  },

  scene "referral" {
    text = {
      es = "Ya es de noche. La delegada de la PGN, el fiscal y el enlace del ERI coordinan por teléfono los pasos siguientes. Byron y los otros patojos esperan con otra delegada mientras localizan a sus familias; Wilmer y Elvin ya hablaron a solas con la fiscalía. El investigador quiere tomarle ya a Eliseo, otra vez, la declaración completa “ahora que está fresca”.",
      en = "Night has fallen. The PGN delegate, the prosecutor and the ERI contact coordinate the next steps by phone. Byron and the other boys wait with another delegate while their families are traced; Wilmer and Elvin have already spoken alone with the prosecutor's office. The investigator wants to take Eliseo's full statement again, right now, “while it's fresh”.",
    },
    choice {
      id = "refer_with_one_interview",
      to = "protected",
      when = "safety >= 2 and trafficking_case == 1",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarlo por medio del ERI: la PGN pide medidas y un hogar, él recibe apoyo psicológico y se acuerda con la fiscalía una sola entrevista grabada.",
        en = "Refer him through the ERI: the PGN requests measures and a place in a home, he gets psychological support, and one recorded interview is agreed with the prosecutor.",
      },
    },
    choice {
      id = "refer_and_shield_family",
      to = "safe_but_afraid",
      when = "safety < 2 or trafficking_case == 0",
      practice = { "refer_to_services", "check_prior_interviews" },
      text = {
        es = "Derivarlo por medio del ERI y pedir protección también para su familia; acordar con la fiscalía una sola entrevista grabada, y no esta noche.",
        en = "Refer him through the ERI and ask for protection for his family too; agree a single recorded interview with the prosecutor, and not tonight.",
      },
    },
    choice {
      id = "take_statement_tonight",
      to = "safe_but_afraid",
      harm = "repeat_interview_of_child",
      text = {
        es = "Dejar que el investigador le tome la declaración completa esta noche, con el intérprete y la delegada presentes, ahora que todo está fresco.",
        en = "Let the investigator take his full statement tonight, with the interpreter and the delegate present, while it is still fresh in his mind.",
      },
      note = {
        es = "Ya contó su historia dos veces hoy. Con intérprete y delegada sigue siendo una entrevista más; una sola, grabada y acordada con la fiscalía, le evita repetirla.",
        en = "He has already told his story twice today. With an interpreter and a delegate it is still one more interview; a single recorded one, agreed with the prosecutor, spares him repeating it.",
      },
      consequence = {
        es = "Eliseo contó todo por tercera vez ese día, agotado. Las pequeñas diferencias entre sus relatos se usaron después para poner en duda su palabra.",
        en = "Exhausted, Eliseo told everything for the third time that day. The small differences between his accounts were later used to cast doubt on his word.",
      },
    },
  },

  ending "protected" {
    outcome = "good",
    text = {
      es = "Eliseo quedó bajo medidas de protección del Juzgado de la Niñez, en un hogar desde donde volvió a la escuela. Dos días después habló con su papá, con la delegada de la PGN a su lado, y decidió él qué decirle. Declaró una sola vez, y nadie volvió a decirle que el adelanto era una deuda suya. Con el cuaderno de la guantera, la Fiscalía contra la Trata abrió un caso contra don Efraín y empezó a buscar a Aurelio. Byron volvió con su mamá después de que la PGN verificara la situación en su casa. Wilmer y Elvin fueron escuchados a solas antes de que se resolviera su situación migratoria, y a Elvin le explicaron dónde pedir ayuda si “el trabajo para pagar el resto” resultaba una trampa. Eliseo dice que todavía quiere ayudar a su familia, pero no así.",
      en = "Eliseo was placed under protection measures from the children's court, in a home from which he went back to school. Two days later he spoke to his father, with the PGN delegate beside him, and decided for himself what to tell him. He gave his statement once, and no one told him again that the advance was his debt. With the notebook from the glovebox, the Fiscalía contra la Trata opened a case against don Efraín and began looking for Aurelio. Byron went back to his mother after the PGN had checked the situation at home. Wilmer and Elvin were heard alone before their migration status was decided, and Elvin was told where to turn if “working off the rest” turned out to be a trap. Eliseo says he still wants to help his family, but not like this.",
    },
  },

  ending "safe_but_afraid" {
    outcome = "mixed",
    text = {
      es = "Eliseo está en un hogar bajo la protección de la PGN, a salvo pero con miedo. A los pocos días alguien llegó a la casa de su papá a recordarle la deuda y a preguntar qué había contado el patojo. Eliseo dejó de hablar con la fiscalía, y lo que se sabía de Aurelio y de los otros patojos del cuaderno quedó sin seguirse. Él está protegido; los demás, todavía no.",
      en = "Eliseo is in a home under the PGN's protection, safe but afraid. A few days later someone came to his father's house to remind him of the debt and to ask what the boy had said. Eliseo stopped talking to the prosecutor's office, and what was known about Aurelio and the other boys in the notebook was never followed up. He is protected; the others are not, yet.",
    },
  },

  ending "waved_through" {
    outcome = "bad",
    text = {
      es = "Eliseo, el patojo de 15 años al que el piloto llamaba Aurelio, se fue esa noche con don Efraín. Terminó la cosecha y no volvió a su aldea. Meses después, su papá recibió un audio suyo desde una finca del otro lado de la frontera, muy parecido al que Aurelio le había mandado a Eliseo. Según don Efraín, el adelanto todavía no está pagado.",
      en = "Eliseo, the 15-year-old boy the driver called Aurelio, left with don Efraín that night. The harvest ended and he did not come back to his village. Months later his father received a voice message from him, sent from a farm across the border, much like the one Aurelio had sent Eliseo. According to don Efraín, the advance has still not been paid off.",
    },
  },

  ending "sent_back" {
    outcome = "bad",
    text = {
      es = "Los pasajeros fueron entregados a Migración y a la PGN sin que nadie hablara a solas con ellos. Wilmer y Elvin fueron devueltos a Honduras en pocos días; nadie le preguntó a Elvin por el trabajo con el que iba a pagar el resto. El patojo al que el piloto llamaba Aurelio se llamaba en realidad Eliseo y tenía 15 años. Fue regresado a su aldea, a la casa donde su papá ya había recibido un adelanto de don Efraín por él. Don Efraín siguió manejando por la ruta de La Mesilla. Dos meses después, Eliseo volvió a salir de la aldea, esta vez por un camino sin puestos de control.",
      en = "The passengers were handed over to the migration authorities and the PGN without anyone speaking to them alone. Wilmer and Elvin were returned to Honduras within days; no one asked Elvin about the work he was to pay off the rest with. The boy the driver called Aurelio was really named Eliseo, and he was 15. He was sent back to his village, to the house where his father had already taken an advance from don Efraín for him. Don Efraín kept driving the La Mesilla road. Two months later Eliseo left the village again, this time by a route with no checkpoints.",
    },
  },

  ending "charged" {
    outcome = "bad",
    text = {
      es = "Eliseo pasó la noche detenido y quedó sindicado por usar el DPI de su primo. Nadie preguntó quién se lo había dado ni dónde estaba Aurelio. Don Efraín enfrentó solo un proceso por coyotaje y, semanas después, volvió a pasar por la ruta de La Mesilla con otro microbús.",
      en = "Eliseo spent the night in custody and was charged with using his cousin's DPI. No one asked who had given it to him or where Aurelio was. Don Efraín faced only a smuggling case and, weeks later, was driving the La Mesilla road again in another minibus.",
    },
  },
}
