-- A call about a girl working in a house in the capital. Colonia Los Jazmines, doña Beatriz, doña
-- Chepa, Juliana, doña Lety and the officers are fictional; the institutions are real.
-- Doña Chepa is no relative: a woman from Juliana's home town who places girls in houses for a fee
-- and keeps their pay. Juliana's mother was deceived by her, not complicit.

return scenario {
  title = { es = "La muchacha de la casa 14", en = "The girl at number 14" },
  summary = {
    es = "Una vecina llama por una niña que trabaja en una casa de la capital desde el amanecer hasta la noche. La patrona dice que es “como de la familia”. La niña dice que está bien y que manda dinero a su mamá.",
    en = "A neighbour calls about a girl who works in a house in the capital from dawn until night. The employer says she is “like family”. The girl says she is fine and sends money home to her mother.",
  },
  audience = "police",
  person = { age = "adolescent", gender = "female", nationality = "GT", exploitation = "domestic", trafficking = true },
  setting = { country = "GT", institution = "PNC" },
  minutes = 15,
  difficulty = 1,
  feedback = "immediate",
  objectives = {
    {
      es = "Reconocer las señales de servidumbre doméstica infantil (sin escuela, sin paga, come aparte, duerme donde trabaja, jornadas sin fin) sin confundirlas con el trabajo doméstico de una adulta ni con el origen de la niña.",
      en = "Recognise the signs of child domestic servitude (no school, no pay, eating apart, sleeping where she works, endless hours) without confusing them with an adult's domestic work or with the girl's origin.",
    },
    {
      es = "Presumir la minoría de edad y actuar junto con la PGN, sin interrogar a la niña delante de la patrona ni entregarla sin verificar a quien dice hablar por su familia.",
      en = "Presume minority and act together with the PGN, without questioning the girl in front of her employer or handing her, without checking, to someone who claims to speak for her family.",
    },
    {
      es = "Prepararse antes de ir y estar listo para actuar si la niña corre un peligro inmediato.",
      en = "Prepare before going, and be ready to act if the girl is in imminent danger.",
    },
    {
      es = "Escuchar lo que ella piensa y quiere, y usar lo que cuenta para protegerla a ella y a otras niñas.",
      en = "Listen to what she thinks and wants, and use what she tells you to protect her and other girls.",
    },
  },
  content_note = {
    es = "Esta historia trata del trabajo forzado de una niña en una casa, de encierro y de maltrato. El maltrato se menciona, pero no se describe. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with a girl's forced work in a household, with confinement and mistreatment. Mistreatment is mentioned but not described. You can pause at any time.",
  },
  start = "call",
  vars = { trust = 1, safety = 2, prepared = 0, reported = 0 },

  scene "call" {
    text = {
      es = "Jueves, cuatro de la tarde, en una subestación de la PNC de la capital. Llama doña Lety, vecina de la colonia Los Jazmines. Dice que en la casa 14 vive una niña que lava en la terraza desde las cinco de la mañana y plancha hasta las diez de la noche. Nunca la ha visto ir a la escuela. Anoche oyó gritos y un portazo. Doña Lety pide que no digan que fue ella quien llamó.",
      en = "Thursday, four in the afternoon, at a PNC substation in the capital. Doña Lety, who lives in Colonia Los Jazmines, is calling. She says that at number 14 there is a girl who does the washing on the roof terrace from five in the morning and the ironing until ten at night. She has never seen her go to school. Last night she heard shouting and a door slam. Doña Lety asks that no one say it was she who called.",
    },
    choice {
      id = "go_now_with_partner",
      to = "doorway",
      text = {
        es = "Salir ya con su compañero, antes de que oscurezca: ver primero qué pasa en la casa 14 y, si la cosa es seria, llamar a la PGN desde allá.",
        en = "Leave now with your partner, before it gets dark: first see what is happening at number 14 and, if it is serious, call the PGN from there.",
      },
    },
    choice {
      id = "ask_lety_and_check_with_pgn",
      to = "doorway",
      practice = { "assess_risks_before_acting", "joint_response_child_protection" },
      set = { prepared = 1 },
      effects = { safety = 1 },
      note = {
        es = "Saber antes qué vio la vecina, quién vive en la casa y si ya hubo un expediente le permite ir con la PGN (Procuraduría General de la Nación, que protege a la niñez) desde el principio y elegir dónde hablar con la niña sin exponerla.",
        en = "Knowing beforehand what the neighbour saw, who lives in the house and whether there is already a file lets you go with the PGN (the Procuraduría General de la Nación, which protects children) from the start and choose where to talk with the girl without exposing her.",
      },
      text = {
        es = "Antes de salir, preguntarle a doña Lety qué ha visto, consultar a la PGN si hay un expediente, y quedar en ir con la delegada y una agente.",
        en = "Before leaving, ask doña Lety what she has seen, check with the PGN for any file, and arrange to go with the delegate and a woman officer.",
      },
    },
    choice {
      id = "log_it_for_next_shift",
      to = "left_there",
      harm = "leave_without_referral",
      note = {
        es = "Una niña que trabaja de cinco a diez, que no va a la escuela, y gritos anoche: esto no puede esperar al otro turno. Prepare la visita hoy, junto con la PGN.",
        en = "A girl working from five until ten, not going to school, and shouting last night: this cannot wait for the next shift. Prepare the visit today, together with the PGN.",
      },
      text = {
        es = "Tomarle los datos a doña Lety, asegurarle que su nombre no va a salir, y dejar la llamada registrada para que el turno de mañana la atienda.",
        en = "Take down doña Lety's details, assure her that her name will not come out, and log the call so that tomorrow's day shift can deal with it properly.",
      },
      consequence = {
        es = "La llamada quedó en un cuaderno. Nadie fue a la casa 14 esa noche, y la niña siguió sin saber que alguien se había preocupado por ella.",
        en = "The call stayed in a logbook. No one went to number 14 that night, and the girl went on not knowing that anyone had worried about her.",
      },
    },
  },

  scene "doorway" {
    text = {
      es = "Abre doña Beatriz, la dueña de la casa. Es amable: dice que la muchacha se llama Juliana, que tiene 18 años, que la trajo una señora de su pueblo, en Alta Verapaz, y que “es como de la familia”. Juliana se asoma detrás de ella, con un delantal mojado. Cuando usted le pregunta cómo está, doña Beatriz contesta por ella: “Bien, ¿verdad, mija? Aquí no le falta nada.”",
      en = "Doña Beatriz, the owner of the house, opens the door. She is friendly: she says the girl's name is Juliana, she is 18, a woman from her home town in Alta Verapaz brought her, and she is “like family”. Juliana peers out from behind her in a wet apron. When you ask her how she is, doña Beatriz answers for her: “Fine, isn't that right, dear? She lacks nothing here.”",
    },
    prompt = {
      es = "Doña Beatriz dice que tiene 18 años. ¿Qué le hace dudar, y qué cambia en su forma de actuar mientras esa duda siga en pie?",
      en = "Doña Beatriz says she is 18. What makes you doubt it, and what changes in the way you act while that doubt remains?",
    },
    detail "answers_for_her" {
      indicator = "controlled_communication",
      text = {
        es = "La patrona contesta por la niña, que la mira antes de decir cualquier cosa.",
        en = "The employer answers for the girl, who looks at her before saying anything.",
      },
    },
    detail "recruiter_has_papers" {
      indicator = "documents_held",
      text = {
        es = "Doña Beatriz dice que la muchacha no tiene papeles en la casa: “los tiene doña Chepa, la señora que la trajo, para que no se pierdan”.",
        en = "Doña Beatriz says the girl has no papers in the house: “doña Chepa, the woman who brought her, keeps them, so they don't get lost”.",
      },
    },
    detail "corte" {
      neutral = true,
      text = {
        es = "Debajo del delantal, Juliana lleva un corte de su pueblo.",
        en = "Under the apron, Juliana wears a corte, the wrap skirt of her home town.",
      },
      why = {
        es = "La ropa tradicional dice de dónde viene, no lo que le pasa. Ser indígena o vestir traje maya no es señal de trata; la ley pide tratar a las víctimas sin distinción por etnia.",
        en = "Traditional clothing says where she comes from, not what is happening to her. Being Indigenous or wearing Maya dress is not a sign of trafficking; the law requires victims to be treated without distinction by ethnicity.",
      },
    },
    choice {
      id = "ask_her_age_at_the_door",
      to = "in_front",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -1, safety = -2 },
      text = {
        es = "Preguntarle con calma a la misma Juliana, ahí en la puerta, qué edad tiene, si le pagan y si va a la escuela, y llamar a la PGN solo si resulta ser menor.",
        en = "Calmly ask Juliana herself, right there at the door, how old she is, whether she is paid and whether she goes to school, and call the PGN only if she turns out to be a minor.",
      },
      consequence = {
        es = "Con la patrona al lado, Juliana repitió lo que le habían enseñado. Doña Beatriz escuchó cada pregunta y supo exactamente qué buscaba la policía.",
        en = "With her employer beside her, Juliana repeated what she had been taught. Doña Beatriz heard every question and knew exactly what the police were looking for.",
      },
    },
    choice {
      id = "talk_with_her_in_the_park",
      to = "house_tour",
      when = "prepared == 1",
      practice = { "separate_from_companion", "presume_minority" },
      effects = { trust = 1 },
      note = {
        es = "Si hay dudas sobre su edad, trátela como niña hasta que se verifique: la apariencia y la palabra de la patrona no la prueban. Y hable con ella lejos de quien la controla.",
        en = "If her age is in doubt, treat her as a child until it is verified: neither her looks nor her employer's word proves it. And talk with her away from whoever controls her.",
      },
      text = {
        es = "Tratarla como posible menor mientras no se sepa su edad, y pedir que Juliana hable con la delegada y la agente en la banca del parque de enfrente.",
        en = "Treat her as a possible minor until her age is known, and ask for Juliana to talk with the delegate and the officer on the park bench across the street.",
      },
    },
    choice {
      id = "call_pgn_and_wait_in_the_park",
      to = "house_tour",
      when = "prepared == 0",
      practice = { "separate_from_companion", "presume_minority", "joint_response_child_protection" },
      effects = { trust = 1 },
      note = {
        es = "Si hay dudas sobre su edad, trátela como niña hasta que se verifique, y haga venir a la PGN: con una niña, la policía actúa junto con protección de la niñez. Mientras tanto, lejos de la patrona.",
        en = "If her age is in doubt, treat her as a child until it is verified, and bring in the PGN: with a child, police act together with child protection. Meanwhile, keep her away from her employer.",
      },
      text = {
        es = "Tratarla como posible menor: llamar a la delegada de la PGN y pedir una agente; mientras llegan, esperar con Juliana en el parque de enfrente.",
        en = "Treat her as a possible minor: call the PGN delegate and ask for a woman officer; until they arrive, wait with Juliana in the park across the street.",
      },
    },
    choice {
      id = "refer_to_labour_inspectorate",
      to = "labour_matter",
      harm = "treat_as_adult_despite_doubt",
      text = {
        es = "Anotar la edad que da doña Beatriz: con 18 años es una trabajadora adulta, y esto es un caso para la Inspección General de Trabajo, no para la PNC.",
        en = "Note down the age doña Beatriz gives: at 18 she is an adult worker, and this is a case for the Labour Inspectorate, not for the PNC.",
      },
      consequence = {
        es = "Se dio por buena la edad que dijo la patrona, sin un solo documento. Juliana quedó fuera de las medidas que protegen a la niñez.",
        en = "The age the employer gave was accepted without a single document. Juliana was left outside the measures that protect children.",
      },
    },
  },

  scene "in_front" {
    text = {
      es = "Con la mano de doña Beatriz en el hombro, Juliana dice en voz baja que tiene 18 años, que está bien y que la señora es muy buena. Doña Beatriz sonríe: “¿Ve? Aquí la queremos mucho.” Juliana no levanta la vista del piso.",
      en = "With doña Beatriz's hand on her shoulder, Juliana says quietly that she is 18, that she is fine and that the señora is very kind. Doña Beatriz smiles: “See? We love her very much here.” Juliana does not look up from the floor.",
    },
    detail "learned_answer" {
      indicator = "coached_answers",
      text = {
        es = "Las respuestas de Juliana son las mismas palabras que acaba de usar la patrona.",
        en = "Juliana's answers use the very words her employer has just used.",
      },
    },
    detail "the_senora_is_good" {
      indicator = "protects_exploiter",
      text = {
        es = "Sin que nadie se lo pregunte, insiste en que la señora es muy buena con ella.",
        en = "Without being asked, she insists that the señora is very good to her.",
      },
    },
    choice {
      id = "note_her_answer_and_leave",
      to = "left_there",
      harm = { "leave_without_referral", "treat_as_adult_despite_doubt" },
      note = {
        es = "Un “estoy bien” dicho con la mano de la patrona en el hombro no prueba nada, ni su bienestar ni su edad. Trátela como posible menor y hable con ella aparte, con la PGN.",
        en = "An “I'm fine” said with her employer's hand on her shoulder proves nothing, neither that she is well nor her age. Treat her as a possible minor and talk with her apart, with the PGN.",
      },
      text = {
        es = "Ella misma lo dijo, con sus palabras y sin que nadie la apurara: anotar en el informe que está bien y que tiene 18 años, y terminar la visita.",
        en = "She said it herself, in her own words and without anyone hurrying her: note in the report that she is fine and that she is 18, and end the visit.",
      },
      consequence = {
        es = "La visita terminó con la versión de la patrona. Juliana se quedó en la casa, y doña Beatriz sabía ahora que alguien había llamado a la policía.",
        en = "The visit ended with the employer's version. Juliana stayed in the house, and doña Beatriz now knew that someone had called the police.",
      },
    },
    choice {
      id = "move_the_talk_to_the_park",
      to = "house_tour",
      practice = { "separate_from_companion", "presume_minority" },
      note = {
        es = "Si hay dudas sobre su edad, trátela como niña hasta que se verifique: la apariencia y la palabra de la patrona no la prueban. Y hable con ella lejos de quien la controla.",
        en = "If her age is in doubt, treat her as a child until it is verified: neither her looks nor her employer's word proves it. And talk with her away from whoever controls her.",
      },
      text = {
        es = "Agradecerle y cambiar de forma: tratarla como posible menor y pedir que hable con la delegada de la PGN en el parque, lejos de doña Beatriz.",
        en = "Thank her and change course: treat her as a possible minor and ask for her to talk with the PGN delegate in the park, away from doña Beatriz.",
      },
    },
  },

  scene "labour_matter" {
    text = {
      es = "Doña Beatriz, aliviada, ofrece un vaso de agua. Detrás de ella, Juliana se seca las manos en el delantal. Nadie ha visto un papel con su edad: solo está la palabra de la patrona. Cuando doña Beatriz entra a la cocina, Juliana le pregunta a la agente, muy bajito, si la van a llevar presa.",
      en = "Doña Beatriz, relieved, offers a glass of water. Behind her, Juliana dries her hands on her apron. No one has seen any paper showing her age: there is only her employer's word. When doña Beatriz goes into the kitchen, Juliana asks the woman officer, very quietly, whether she is going to be taken to jail.",
    },
    detail "asks_about_jail" {
      indicator = "fear_of_police",
      text = {
        es = "La niña pregunta si la van a llevar presa, aunque nadie la ha acusado de nada.",
        en = "The girl asks whether she is going to be taken to jail, although no one has accused her of anything.",
      },
    },
    choice {
      id = "reconsider_and_call_pgn",
      to = "house_tour",
      practice = { "presume_minority", "separate_from_companion" },
      note = {
        es = "Si hay dudas sobre su edad, trátela como niña hasta que se verifique: la apariencia y la palabra de la patrona no la prueban. Y hable con ella lejos de quien la controla.",
        en = "If her age is in doubt, treat her as a child until it is verified: neither her looks nor her employer's word proves it. And talk with her away from whoever controls her.",
      },
      text = {
        es = "Reconsiderar: su edad no está probada y sus papeles los tiene doña Chepa. Tratarla como menor, llamar a la PGN y hablar con ella en el parque.",
        en = "Think again: her age is not proven and doña Chepa has her papers. Treat her as a minor, call the PGN and talk with Juliana in the park.",
      },
    },
    choice {
      id = "advise_payroll_and_leave",
      to = "left_there",
      harm = "leave_without_referral",
      note = {
        es = "Su edad sigue sin probarse, y ella acaba de preguntar si la van a llevar presa. Antes de irse, trátela como posible menor, hable con ella aparte y haga venir a la PGN.",
        en = "Her age is still unproven, and she has just asked whether she will be taken to jail. Before leaving, treat her as a possible minor, talk with her apart and bring in the PGN.",
      },
      text = {
        es = "Explicarle a doña Beatriz que tiene que pagarle el salario mínimo y ponerla en planilla del IGSS, dejar constancia en el acta y retirarse.",
        en = "Explain to doña Beatriz that she must pay her the minimum wage and register her for social security, record it in the report, and leave.",
      },
      consequence = {
        es = "Juliana preguntó si la iban a llevar presa y nadie le explicó nada. La visita solo le confirmó que la policía venía a hablar con la señora, no con ella.",
        en = "Juliana asked whether she would be taken to jail and no one explained anything. The visit only confirmed to her that the police came to talk to the señora, not to her.",
      },
    },
  },

  scene "house_tour" {
    text = {
      es = "Mientras Juliana espera en la banca del parque con la agente Morales y la licenciada Caal, delegada de la PGN, doña Beatriz insiste en enseñarle la casa “para que vea que no le falta nada”. En la terraza le muestra “el cuarto de la muchacha”. De regreso en la puerta, le pregunta sin rodeos: “¿Quién llamó? ¿Fue la de enfrente? ¿O la patoja se anduvo quejando?”",
      en = "While Juliana waits on the park bench with Officer Morales and Licenciada Caal, the PGN delegate, doña Beatriz insists on showing you the house “so you can see she lacks nothing”. On the roof terrace she shows you “the girl's room”. Back at the front door, she asks you straight out: “Who called? Was it the woman across the street? Or has the girl been complaining?”",
    },
    detail "laundry_room" {
      indicator = "sleeps_at_workplace",
      text = {
        es = "El “cuarto” es la lavandería de la terraza: un petate junto a la pila, una caja con su ropa y la plancha.",
        en = "The “room” is the laundry room on the roof: a sleeping mat beside the washing sink, a box with her clothes, and the iron.",
      },
    },
    detail "plate_on_washer" {
      indicator = "eats_apart",
      text = {
        es = "Sobre la lavadora hay un plato con tortillas y lo que sobró del almuerzo de la familia. Doña Beatriz dice que la muchacha “prefiere comer aquí arriba”.",
        en = "On the washing machine there is a plate with tortillas and what was left of the family's lunch. Doña Beatriz says the girl “prefers to eat up here”.",
      },
    },
    detail "list_on_fridge" {
      indicator = "excessive_hours",
      text = {
        es = "En la refrigeradora hay una lista: “5:00 lavar, 6:00 desayunos, … 22:00 planchar”. Todos los días, también el domingo.",
        en = "On the fridge there is a list: “5:00 washing, 6:00 breakfasts, … 22:00 ironing”. Every day, Sundays included.",
      },
    },
    detail "key_in_pocket" {
      indicator = "not_free_to_leave",
      text = {
        es = "La puerta de la calle se cierra con llave, y la llave la lleva doña Beatriz en la bolsa del pantalón: “para que no se meta nadie”.",
        en = "The street door is kept locked, and doña Beatriz carries the key in her trouser pocket: “so no one gets in”.",
      },
    },
    detail "neighbours_maid" {
      neutral = true,
      text = {
        es = "En la casa de al lado también hay una trabajadora de casa particular que vive ahí, una señora de unos treinta años que sale los domingos.",
        en = "The house next door also has a live-in domestic worker, a woman of about thirty who goes out on Sundays.",
      },
      why = {
        es = "Trabajar en casa particular, incluso viviendo en la casa, es un trabajo legítimo. Lo que importa es si es una niña, si le pagan, si puede salir y si decide sobre su vida.",
        en = "Domestic work, even living in, is legitimate work. What matters is whether she is a child, whether she is paid, whether she can go out and whether she makes decisions about her own life.",
      },
    },
    choice {
      id = "tell_her_a_neighbour_called",
      to = "park_bench",
      harm = "expose_identity",
      effects = { safety = -2 },
      text = {
        es = "Ser franco para que colabore y no se ponga a la defensiva: decirle que una vecina llamó preocupada por los gritos y que a la muchacha se le ve asustada.",
        en = "Be frank so that she cooperates and does not get defensive: tell her that a neighbour called, worried about the shouting, and that the girl looks frightened.",
      },
      consequence = {
        es = "Doña Beatriz supo quién había llamado y que la policía venía por la muchacha. Desde la puerta, se quedó mirando a Juliana en el parque.",
        en = "Doña Beatriz learned who had called and that the police had come about the girl. From the doorway, she stood staring at Juliana in the park.",
      },
    },
    choice {
      id = "say_it_is_a_routine_visit",
      to = "park_bench",
      practice = "keep_confidentiality",
      text = {
        es = "No decir quién llamó ni dar a entender que la niña dijo algo: es una visita de rutina. Pedirle a doña Beatriz que espere en la puerta con un agente.",
        en = "Say nothing about who called and give no hint that the girl has said anything: it is a routine visit. Ask doña Beatriz to wait at the door with an officer.",
      },
    },
    choice {
      id = "assure_her_the_girl_said_nothing",
      to = "park_bench",
      harm = "expose_identity",
      effects = { safety = -1 },
      text = {
        es = "Tranquilizarla para que no se desquite con Juliana: decirle que la muchacha no se ha quejado de nada, que la llamada vino de otra persona.",
        en = "Calm her down so that she does not take it out on Juliana: tell her the girl has not complained about anything, that the call came from someone else.",
      },
      consequence = {
        es = "Doña Beatriz entendió que alguien de afuera había llamado. Se quedó un buen rato mirando hacia la casa de enfrente, y después hacia la banca donde estaba Juliana.",
        en = "Doña Beatriz understood that someone outside had called. She stood for a long while looking at the house across the street, and then at the bench where Juliana sat.",
      },
    },
  },

  scene "park_bench" {
    text = {
      es = "En la banca del parque, la licenciada Caal está sentada junto a Juliana; usted se sienta enfrente, sin prisa. Juliana no le quita la vista a la casa 14. Dice que está bien y que tiene que volver, que dejó los frijoles en el fuego. Luego pregunta si hizo algo malo.",
      en = "On the park bench, Licenciada Caal sits beside Juliana; you sit opposite, unhurried. Juliana does not take her eyes off number 14. She says she is fine and has to go back, she left the beans on the stove. Then she asks whether she has done something wrong.",
    },
    detail "did_something_wrong" {
      indicator = "fear_of_police",
      text = {
        es = "Se pone tensa cada vez que ve el uniforme y pregunta si hizo algo malo.",
        en = "She tenses up every time she looks at the uniform, and asks whether she has done something wrong.",
      },
    },
    detail "qeqchi_accent" {
      neutral = true,
      text = {
        es = "Habla español con acento q'eqchi', y a ratos se le escapa una palabra en su idioma.",
        en = "She speaks Spanish with a Q'eqchi' accent, and now and then a word in her own language slips out.",
      },
      why = {
        es = "Un acento o un idioma maya dicen de dónde viene, no lo que le pasa. Si prefiere hablar en q'eqchi', tiene derecho a un intérprete calificado.",
        en = "An accent or a Mayan language says where she comes from, not what is happening to her. If she would rather speak Q'eqchi', she has the right to a qualified interpreter.",
      },
    },
    choice {
      id = "promise_it_stays_between_you",
      to = "her_story",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizarla con cariño: decirle que no hizo nada malo y que lo que cuente queda entre ella y la PGN, que nadie más, ni la señora, se va a enterar.",
        en = "Reassure her kindly: tell her she has done nothing wrong and that what she says stays between her and the PGN; no one else, not even the señora, will find out.",
      },
      consequence = {
        es = "Juliana habló creyendo que nadie se enteraría. Cuando la PGN tuvo que informar a su familia y al juez, sintió que la habían engañado.",
        en = "Juliana spoke believing no one would find out. When the PGN had to inform her family and the judge, she felt she had been tricked.",
      },
    },
    choice {
      id = "start_the_questions_now",
      to = "her_story",
      harm = "no_explanation_of_confidentiality_limits",
      text = {
        es = "Empezar con las preguntas de una vez, sin rodeos ni papeleo, para que pueda volver a la casa antes de que se le quemen los frijoles.",
        en = "Start the questions straight away, with no preamble or paperwork, so that she can get back to the house before the beans burn.",
      },
      consequence = {
        es = "Nadie le explicó quiénes eran ni qué pasaría con lo que dijera. Contestó lo mínimo, pensando en los frijoles y en la señora.",
        en = "No one explained who they were or what would happen with what she said. She answered as little as she could, thinking of the beans and of the señora.",
      },
    },
    choice {
      id = "explain_who_you_are_first",
      to = "her_story",
      practice = { "informed_consent", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      note = {
        es = "Ella tiene que saber quién es usted, que no está acusada de nada, que puede no contestar, y qué tendrá usted que informar. Así decide ella qué contar.",
        en = "She needs to know who you are, that she is not accused of anything, that she may decline to answer, and what you will have to report. That way she decides what to tell you.",
      },
      text = {
        es = "Decirle que no hizo nada malo y no está detenida; explicarle quiénes son y para qué es la plática, que puede no contestar, y que si es menor la PGN tiene que saberlo.",
        en = "Tell her she has done nothing wrong and is not under arrest; explain who you are and why you are talking, that she need not answer, and that if she is under 18 the PGN must know.",
      },
    },
  },

  scene "her_story" {
    text = {
      es = "Poco a poco, Juliana cuenta. Llegó hace tres años, cuando murió su papá; la trajo doña Chepa, una señora de su pueblo que “coloca muchachas” en casas de la capital. Dice que está bien: tiene techo y comida, y con su trabajo ayuda a su mamá y a sus hermanitos. “No quiero problemas”, repite. “Si me voy, ¿quién les manda para la comida?”",
      en = "Little by little, Juliana talks. She came three years ago, when her father died; doña Chepa, a woman from her home town who “places girls” in houses in the capital, brought her. She says she is fine: she has a roof and food, and her work helps her mother and her little brothers and sisters. “I don't want trouble,” she repeats. “If I leave, who will send them money for food?”",
    },
    detail "father_died" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "Doña Chepa llegó a ofrecer el trabajo justo después de la muerte de su papá, cuando en la casa no había con qué comer.",
        en = "Doña Chepa came offering the job just after her father died, when there was nothing to eat at home.",
      },
    },
    detail "saturday_school" {
      indicator = "false_promise_of_study",
      text = {
        es = "Doña Chepa le dijo a su mamá que en la capital Juliana estudiaría los sábados. Su mamá le creyó. Juliana nunca fue.",
        en = "Doña Chepa told her mother that in the capital Juliana would study on Saturdays. Her mother believed her. Juliana never went.",
      },
    },
    detail "fourth_grade" {
      indicator = "child_not_in_school",
      text = {
        es = "Dejó la escuela en cuarto grado y no ha vuelto a estudiar desde que llegó.",
        en = "She left school in fourth grade and has not studied since she arrived.",
      },
    },
    detail "age_fourteen" {
      indicator = "travels_with_non_relatives",
      when = "trust >= 2",
      text = {
        es = "En voz baja dice que tiene 14 años. Vive con una familia que no es la suya desde los 11.",
        en = "Quietly, she says she is 14. She has lived with a family that is not hers since she was 11.",
      },
    },
    detail "never_paid" {
      indicator = "no_pay",
      when = "trust >= 2",
      text = {
        es = "Nunca ha recibido un sueldo: doña Beatriz le da “lo de la muchacha” a doña Chepa cada mes.",
        en = "She has never been paid a wage: every month doña Beatriz gives “the girl's money” to doña Chepa.",
      },
    },
    detail "money_to_recruiter" {
      indicator = "no_control_of_money",
      when = "trust >= 2",
      text = {
        es = "No sabe cuánto le manda doña Chepa a su mamá ni si le llega. Una vez su mamá le dijo que había recibido “poquito”.",
        en = "She does not know how much doña Chepa sends her mother or whether it arrives. Her mother once told her she had received “just a little”.",
      },
    },
    detail "monthly_call" {
      indicator = "isolation",
      when = "trust >= 2",
      text = {
        es = "No tiene teléfono. Habla con su mamá una vez al mes, desde el celular de doña Beatriz y con ella al lado.",
        en = "She has no phone. She talks to her mother once a month, on doña Beatriz's mobile, with doña Beatriz beside her.",
      },
    },
    detail "theft_threat" {
      indicator = "threat_of_denunciation",
      when = "trust >= 3",
      text = {
        es = "Doña Beatriz le ha dicho que, si un día se va, la denunciará a la policía por robo.",
        en = "Doña Beatriz has told her that if she ever leaves, she will report her to the police for theft.",
      },
    },
    choice {
      id = "respect_her_choice_to_stay",
      to = "left_there",
      harm = { "dismiss_because_she_consented", "leave_without_referral" },
      note = {
        es = "Si es menor de edad, su “sí” a trabajar así no cuenta, y su “estoy bien” tampoco cierra el caso. Dígale que no es culpa suya y siga con la PGN antes de dejarla volver.",
        en = "If she is under 18, her “yes” to working like this does not count, and her “I'm fine” does not close the case either. Tell her it is not her fault and go on with the PGN before letting her go back.",
      },
      text = {
        es = "Respetar lo que ella decide: eligió trabajar para ayudar a su mamá y dice que está bien. Agradecerle su confianza y dejar que vuelva a la casa, como pide.",
        en = "Respect what she decides: she chose to work to help her mother and says she is fine. Thank her for trusting you and let her go back to the house, as she asks.",
      },
      consequence = {
        es = "El “estoy bien” de una niña de 14 años se tomó como el final del asunto. Nadie miró cómo había llegado a esa casa ni qué le costaba decir otra cosa.",
        en = "A 14-year-old's “I'm fine” was taken as the end of the matter. No one looked at how she had come to that house or what it would cost her to say anything else.",
      },
    },
    choice {
      id = "tell_her_it_is_not_her_fault",
      to = "tonight",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Decirle que nada de esto es culpa suya y que ayudar a su familia no es malo; preguntarle, sin presionar, si algo le preocupa de volver esta noche.",
        en = "Tell her none of this is her fault and that helping her family is not wrong; ask, without pressing, whether anything worries her about going back tonight.",
      },
    },
    choice {
      id = "ask_if_anyone_hits_her",
      to = "distress",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Ya que está hablando, ir al grano: preguntarle si en la casa le pegan, quién, con qué y cuántas veces, y pedirle que enseñe los brazos.",
        en = "Now that she is talking, get to the point: ask whether anyone in the house hits her, who, with what and how often, and ask her to show her arms.",
      },
      consequence = {
        es = "Juliana tuvo que enfrentar lo peor en una banca del parque, delante de desconocidos y a la vista de la casa. Se cerró.",
        en = "Juliana had to face the worst of it on a park bench, in front of strangers and in sight of the house. She shut down.",
      },
    },
  },

  scene "distress" {
    text = {
      es = "Juliana se baja la manga hasta la mano y se queda callada. Empieza a llorar sin hacer ruido. Después dice que quiere volver ya, antes de que llegue el señor.",
      en = "Juliana pulls her sleeve down over her hand and falls silent. She begins to cry without a sound. Then she says she wants to go back now, before the señor gets home.",
    },
    detail "covers_arm" {
      indicator = "signs_of_violence",
      text = {
        es = "Tapa con la manga un moretón en el antebrazo.",
        en = "She covers a bruise on her forearm with her sleeve.",
      },
    },
    choice {
      id = "let_her_go_back_as_she_asks",
      to = "left_there",
      harm = "leave_in_danger",
      text = {
        es = "Dejar las preguntas y hacer lo que ella pide: que vuelva antes de que llegue el señor, para no causarle más problemas, y regresar mañana temprano con la PGN.",
        en = "Drop the questions and do as she asks: let her go back before the señor gets home, so as not to get her into more trouble, and come back early tomorrow with the PGN.",
      },
      consequence = {
        es = "Juliana volvió a la casa esa noche, después de que la policía preguntara por ella y de que ella llorara a la vista de todos. Era lo que más temía.",
        en = "Juliana went back to the house that night, after the police had asked about her and she had cried where everyone could see. It was what she feared most.",
      },
    },
    choice {
      id = "stop_and_keep_her_out_tonight",
      to = "the_recruiter",
      practice = { "pause_and_support", "act_on_imminent_danger" },
      note = {
        es = "Cuando se angustia, el relato puede esperar. Y si hay señales de peligro inmediato, no la deje volver a ese lugar: actúe ya, con la PGN.",
        en = "When she is distressed, the account can wait. And if there are signs of imminent danger, do not let her go back to that place: act now, with the PGN.",
      },
      text = {
        es = "Dejar las preguntas y decirle que no tiene que contar más. Con la delegada, explicarle que esta noche no volverá a la casa y pedir medidas de protección.",
        en = "Drop the questions and tell her she need not say anything more. With the delegate, explain that she will not go back tonight, and ask for protection measures.",
      },
    },
  },

  scene "tonight" {
    text = {
      es = "Son casi las siete. Juliana mira otra vez hacia la casa 14: tiene que volver, dice, porque el señor llega a las ocho y la cena tiene que estar lista. Cuando alcanza la botella de agua que le ofrece la agente, se le sube la manga.",
      en = "It is nearly seven. Juliana looks over at number 14 again: she has to go back, she says, because the señor gets home at eight and dinner must be ready. As she reaches for the bottle of water the officer offers her, her sleeve rides up.",
    },
    prompt = {
      es = "¿Qué le indica que esto puede ser una emergencia? ¿Qué necesita tener listo antes de una visita como esta para poder actuar en el momento?",
      en = "What tells you this may be an emergency? What do you need to have ready before a visit like this in order to act on the spot?",
    },
    detail "bruise" {
      indicator = "signs_of_violence",
      text = {
        es = "Tiene un moretón en el antebrazo. Dice que se golpeó con la pila.",
        en = "She has a bruise on her forearm. She says she knocked it on the washing sink.",
      },
    },
    detail "locked_in" {
      indicator = "not_free_to_leave",
      when = "trust >= 3",
      text = {
        es = "Cuenta que la última vez que el señor supo que ella había hablado con la vecina, la dejó encerrada toda la noche en la lavandería. Le advirtió que, si un día venía la policía, ella “se las iba a ver con él”.",
        en = "She says that the last time the señor found out she had talked to the neighbour, he left her locked in the laundry room all night. He warned her that if the police ever came, she “would have him to deal with”.",
      },
    },
    choice {
      id = "keep_her_out_and_fetch_her_things",
      to = "the_recruiter",
      when = "trust >= 3",
      practice = "act_on_imminent_danger",
      effects = { safety = 1 },
      note = {
        es = "Lo que cuenta y el moretón muestran un peligro inmediato: esta noche no vuelve. Con la PGN se piden medidas de protección al Juzgado de la Niñez, y usted le explica qué va a pasar.",
        en = "What she says and the bruise show imminent danger: she does not go back tonight. With the PGN, protection measures are requested from the children's court, and you explain to her what will happen.",
      },
      text = {
        es = "Creerle y actuar ya: explicarle por qué no volverá esta noche, pedir con la delegada medidas de protección, y que la agente la acompañe por sus cosas.",
        en = "Believe her and act now: explain why she will not go back there tonight, ask with the delegate for protection measures, and have the officer take her for her things.",
      },
    },
    choice {
      id = "ask_how_she_really_got_the_bruise",
      to = "distress",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "No dejar pasar lo del moretón: decirle que usted sabe que no fue la pila y pedirle que cuente, con todo detalle, quién se lo hizo y cómo.",
        en = "Do not let the bruise go: tell her you know it was not the washing sink, and ask her to tell you in full detail who did it and how.",
      },
      consequence = {
        es = "Juliana sintió que no le creían y que tenía que probar lo peor ahí mismo, a la vista de la casa. Se bajó la manga y dejó de hablar.",
        en = "Juliana felt she was not believed and had to prove the worst of it right there, in sight of the house. She pulled her sleeve down and stopped talking.",
      },
    },
    choice {
      id = "keep_her_out_on_what_you_saw",
      to = "the_recruiter",
      when = "trust < 3",
      practice = "act_on_imminent_danger",
      note = {
        es = "No hace falta que lo cuente todo: el moretón, su edad y lo que vio en la casa bastan para actuar. Con la PGN se piden medidas de protección al Juzgado de la Niñez.",
        en = "She does not need to tell you everything: the bruise, her age and what you saw in the house are enough to act on. With the PGN, protection measures are requested from the children's court.",
      },
      text = {
        es = "Aunque no cuente más, el moretón, su edad y lo que se vio en la casa bastan: explicarle por qué esta noche no volverá, y pedir medidas de protección.",
        en = "Even if she says no more, the bruise, her age and what you saw in the house are enough: explain why she will not go back tonight, and ask for protection measures.",
      },
    },
    choice {
      id = "let_her_back_and_return_with_order",
      to = "left_there",
      harm = "leave_in_danger",
      text = {
        es = "Dejarla volver como pide, para no complicarle las cosas con el señor, y regresar mañana temprano con la delegada y la orden del Juzgado de la Niñez.",
        en = "Let her go back as she asks, so as not to make things harder for her with the señor, and return early tomorrow with the delegate and the children's court order.",
      },
      consequence = {
        es = "Juliana volvió a la casa a las siete, con el señor a punto de llegar y sabiendo que la policía había preguntado por ella.",
        en = "Juliana went back into the house at seven, with the señor about to arrive and knowing that the police had been asking about her.",
      },
    },
  },

  scene "the_recruiter" {
    text = {
      es = "Mientras la delegada habla con el juzgado, un taxi se detiene frente a la casa 14. Baja una señora: es doña Chepa, a quien llamó doña Beatriz. “Su mamá me la encargó. Yo la traje y yo me la llevo”, dice. “Esta noche la regreso con su mamá a la aldea. Esto no es asunto de la policía.” Juliana se queda quieta en la banca, con los ojos en el suelo.",
      en = "While the delegate is on the phone to the court, a taxi stops outside number 14. A woman gets out: it is doña Chepa, whom doña Beatriz has called. “Her mother put her in my care. I brought her and I'll take her,” she says. “Tonight I'll take her back to her mother in the village. This is no business of the police.” Juliana sits still on the bench, eyes on the ground.",
    },
    prompt = {
      es = "Doña Chepa dice que la mamá se la encargó, y ofrece llevarla a la aldea. ¿Qué necesita saber antes de entregar a una niña a alguien que dice hablar por su familia? ¿Quién decide?",
      en = "Doña Chepa says the mother put the girl in her care, and offers to take her to the village. What do you need to know before handing a child to someone who says she speaks for the family? Who decides?",
    },
    detail "recruiter_commission" {
      indicator = "payment_to_controller",
      text = {
        es = "Doña Beatriz comenta, molesta, que a doña Chepa le pagó “lo de traerla” y que le da cada mes el sueldo de la muchacha.",
        en = "Doña Beatriz remarks, annoyed, that she paid doña Chepa “for bringing her” and hands her the girl's wages every month.",
      },
    },
    choice {
      id = "release_her_to_the_recruiter",
      to = "back_with_recruiter",
      harm = "return_child_to_complicit_family",
      note = {
        es = "Doña Chepa no es su familia, y cobraba por ella. Decir que habla por la mamá no basta: primero se verifica quién es y se escucha a Juliana lejos de ella. Después deciden la PGN y el juez.",
        en = "Doña Chepa is not her family, and she was being paid for her. Saying she speaks for the mother is not enough: first check who she is and hear Juliana away from her. Then the PGN and the judge decide.",
      },
      text = {
        es = "La mamá se la encargó y se ofrece a llevarla a la aldea: pedirle el DPI a doña Chepa, anotar sus datos y la dirección, y entregársela con un acta firmada.",
        en = "The mother put the girl in her care and she offers to take her home: ask doña Chepa for her ID, note her details and address, and hand the girl over with a record.",
      },
      consequence = {
        es = "Juliana fue entregada a la misma persona que la había colocado en esa casa y cobraba por ella. Nadie verificó adónde la llevó.",
        en = "Juliana was handed to the same person who had placed her in that house and was being paid for her. No one checked where she took her.",
      },
    },
    choice {
      id = "ask_juliana_in_front_of_them",
      to = "her_view",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -3, safety = -2 },
      text = {
        es = "Dejar que ella opine: preguntarle a Juliana, con doña Chepa y doña Beatriz presentes, si prefiere irse esta noche con doña Chepa o quedarse con la PGN.",
        en = "Let her have her say: ask Juliana, with doña Chepa and doña Beatriz present, whether she would rather go with doña Chepa tonight or stay with the PGN.",
      },
      consequence = {
        es = "Delante de las dos, Juliana dijo que se quería ir con doña Chepa. Más tarde le contó a la delegada que había dicho lo que ellas esperaban, por miedo a lo que le pasaría a su mamá.",
        en = "In front of the two of them, Juliana said she wanted to go with doña Chepa. Later she told the delegate she had said what they expected, for fear of what would happen to her mother.",
      },
    },
    choice {
      id = "hand_her_to_no_one_tonight",
      to = "her_view",
      practice = "best_interests_assessment",
      text = {
        es = "No entregarla a nadie esta noche: decirle a doña Chepa, con respeto, que la PGN y el juez decidirán tras verificar, y escuchar a Juliana lejos de ella.",
        en = "Hand her to no one tonight: tell doña Chepa, respectfully, that the PGN and the judge will decide after checking, and listen to Juliana away from her.",
      },
    },
  },

  scene "her_view" {
    text = {
      es = "En el carro de la PGN, Juliana habla por fin de lo que ella quiere. No quiere ir a un hogar lejos, donde no conozca a nadie. Quiere seguir mandando dinero a su mamá. Tiene miedo de que doña Chepa se desquite con su familia. Y quiere volver a estudiar: le gustaba la escuela. Pregunta si puede llamar a su mamá esta noche.",
      en = "In the PGN car, Juliana finally talks about what she wants. She does not want to go to a home far away where she knows no one. She wants to keep sending money to her mother. She is afraid doña Chepa will take it out on her family. And she wants to go back to school: she liked it. She asks whether she can call her mother tonight.",
    },
    detail "what_day" {
      indicator = "lost_sense_of_time",
      text = {
        es = "No sabe bien qué día es; dice que en la casa todos los días son iguales.",
        en = "She is not sure what day it is; she says that in the house every day is the same.",
      },
    },
    choice {
      id = "promise_home_by_sunday",
      to = "naming_the_case",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Animarla, que ya pasó bastante: decirle que el domingo va a estar con su mamá y de vuelta en la escuela, y que usted se va a encargar de eso.",
        en = "Cheer her up, she has been through enough: tell her that by Sunday she will be with her mother and back at school, and that you will see to it.",
      },
      consequence = {
        es = "El domingo llegó y Juliana seguía en el hogar, esperando la decisión del juez. Dejó de creer lo que le decían los adultos.",
        en = "Sunday came and Juliana was still in the home, waiting for the judge's decision. She stopped believing what adults told her.",
      },
    },
    choice {
      id = "listen_and_plan_the_call_home",
      to = "naming_the_case",
      practice = { "respect_her_assessment", "no_promises" },
      effects = { trust = 1, safety = 1 },
      note = {
        es = "Su opinión cuenta, aunque las decisiones sobre su protección las tomen la PGN y el juez. Escuche lo que teme y lo que quiere, y no prometa lo que no depende de usted. Que la llamada a su mamá se haga con la delegada al lado.",
        en = "Her views count, even though the PGN and the judge make the decisions about her protection. Listen to what she fears and what she wants, and promise nothing that is not in your hands. Have the call to her mother made with the delegate beside her.",
      },
      text = {
        es = "Tomar en serio cada cosa: decirle con honestidad qué no depende de usted, y pedir que llame a su mamá esta noche y que la escuela entre en el plan.",
        en = "Take each point seriously: tell her honestly what is not in your hands, and ask for her to call her mother tonight and for school to be in the plan.",
      },
    },
    choice {
      id = "tell_her_adults_will_handle_it",
      to = "naming_the_case",
      harm = "ignore_her_safety_assessment",
      effects = { trust = -1 },
      text = {
        es = "Quitarle ese peso de encima: decirle que de su familia y del dinero se van a encargar los adultos, y que ella ya no tiene que preocuparse por nada de eso.",
        en = "Take that weight off her shoulders: tell her that the adults are going to take care of her family and the money, and that she need not worry about any of it.",
      },
      consequence = {
        es = "Lo que más le preocupaba, su mamá y sus hermanitos, quedó fuera de la conversación. Juliana dejó de decir lo que pensaba.",
        en = "What worried her most, her mother and her brothers and sisters, was left out of the conversation. Juliana stopped saying what she thought.",
      },
    },
  },

  scene "naming_the_case" {
    text = {
      es = "Mientras Juliana descansa en el carro de la PGN, llega en la radiopatrulla el sargento Girón, jefe de la subestación. Tiene que firmar el informe de la PNC y decidir adónde se manda. “Esto es laboral”, dice. “Una muchacha de casa sin sueldo. La mamá la mandó a trabajar y ella dice que está bien. Que la Inspección de Trabajo calcule lo que se le debe y que la patrona pague.” Le pide a usted que le diga qué anotar. Usted repasa lo que sabe. Doña Chepa la sacó de su pueblo hace tres años y cobró por traerla. Doña Beatriz la tiene trabajando de cinco de la mañana a diez de la noche, sin escuela, y su sueldo se lo entrega a doña Chepa. Nadie ha visto un papel con su edad, y la PGN la trata como menor.",
      en = "While Juliana rests in the PGN car, Sergeant Girón, head of the substation, arrives in a patrol car. He has to sign the PNC report and decide where it goes. “This is a labour matter,” he says. “A house girl with no wages. Her mother sent her to work and she says she's fine. Let the Labour Inspectorate work out what she is owed and the employer pay it.” He asks you what to put down. You go over what you know. Doña Chepa took her from her home town three years ago and was paid for bringing her. Doña Beatriz has her working from five in the morning until ten at night, with no school, and hands her wages to doña Chepa. No one has seen any paper showing her age, and the PGN is treating her as a minor.",
    },
    prompt = {
      es = "Para una niña, ¿cuáles de los tres elementos (acto, medio y fin) hacen falta? ¿Qué hace que esto no sea solo un sueldo sin pagar? ¿Qué cambiaría si Juliana fuera una adulta con su sueldo en la mano y libre de irse?",
      en = "For a child, which of the three elements (act, means and purpose) are needed? What makes this more than unpaid wages? What would change if Juliana were an adult with her wages in her hand and free to leave?",
    },
    detail "mother_agreed" {
      neutral = true,
      text = {
        es = "Su mamá aceptó que doña Chepa se la llevara a trabajar a la capital.",
        en = "Her mother agreed to doña Chepa taking her to work in the capital.",
      },
      why = {
        es = "Que la familia aceptara no es señal de trata ni la descarta. Con una niña no hace falta ningún medio, así que el “sí” de ella o de su mamá no cambia lo que es. Y a su mamá la engañaron con la escuela de los sábados.",
        en = "The family's agreement is neither a sign of trafficking nor proof against it. For a child no means is needed, so her “yes” or her mother's does not change what it is. And her mother was deceived with the promise of Saturday school.",
      },
    },
    choice {
      id = "record_possible_child_trafficking",
      to = "employer_talk",
      practice = "identify_the_elements",
      text = {
        es = "Anotar posible trata de una menor: doña Chepa la captó y la trajo, doña Beatriz la recibe y la aloja, y el fin es su trabajo sin paga ni escuela. Que la mamá aceptara no cambia eso.",
        en = "Record possible trafficking of a minor: doña Chepa recruited and brought her, doña Beatriz receives and houses her, to work her unpaid and out of school. Her mother's agreement changes nothing.",
      },
      note = {
        es = "Según la definición internacional (Protocolo de Palermo), con una persona menor de 18 años bastan el acto y el fin. El acto: doña Chepa la captó y la trasladó, y doña Beatriz la recibe y la aloja. El fin: trabajo forzoso o servidumbre, sin paga, sin escuela y con la puerta bajo llave. No hace falta probar un medio, y el “sí” de ella o de su mamá no cuenta. Aun así, el medio también está: el engaño de la escuela, el abuso de su pobreza tras la muerte de su papá y el pago a doña Chepa. La calificación según la ley guatemalteca la hace la fiscalía.",
        en = "Under the international definition (the Palermo Protocol), for someone under 18 the act and the purpose are enough. The act: doña Chepa recruited and moved her, and doña Beatriz receives and houses her. The purpose: forced labour or servitude, unpaid, out of school and behind a locked door. No means has to be shown, and her “yes” or her mother's does not count. Even so, the means is there too: the lie about school, the abuse of her family's poverty after her father died, and the payments to doña Chepa. The charge under Guatemalan law is the prosecutor's call.",
      },
    },
    choice {
      id = "record_unpaid_child_labour",
      to = "employer_talk",
      harm = "dismiss_because_she_consented",
      text = {
        es = "Anotar trabajo infantil sin paga: la mamá la mandó y ella dice que está bien. Pasar a la Inspección de Trabajo el sueldo que se le debe, y que la PGN vea lo de su edad y la escuela.",
        en = "Record unpaid child labour: her mother sent her and she says she is fine. Pass the wages she is owed to the Labour Inspectorate, and let the PGN see to her age and her schooling.",
      },
      consequence = {
        es = "El informe de la PNC habló de un sueldo atrasado, no de quién la trajo ni de quién cobraba por ella. Lo que hizo doña Chepa quedó fuera del papel, y hubo que reconstruirlo después.",
        en = "The PNC report spoke of wages in arrears, not of who brought her or who was being paid for her. What doña Chepa did was left off the page, and had to be pieced together later.",
      },
      note = {
        es = "Un sueldo sin pagar a una adulta que puede irse es abuso laboral, y va a la Inspección de Trabajo. Aquí hay más: a una niña la trajeron y la recibieron para hacerla trabajar sin paga, sin escuela y con la puerta bajo llave. Con una niña bastan el acto y el fin, y el “sí” de ella o de su mamá no cuenta. Pagarle lo que se le debe no cierra el caso.",
        en = "Unpaid wages for an adult who is free to leave are labour abuse, and go to the Labour Inspectorate. This is more: a child was brought and received to be made to work unpaid, out of school and behind a locked door. For a child the act and the purpose are enough, and her “yes” or her mother's does not count. Paying her what she is owed does not close the case.",
      },
    },
    choice {
      id = "record_the_neighbours_worker_too",
      to = "employer_talk",
      harm = "label_without_the_elements",
      text = {
        es = "Anotar trata para Juliana y, por precaución, también para la trabajadora que vive en la casa de al lado: las dos trabajan puertas adentro en la misma colonia, y pudo traerlas la misma señora.",
        en = "Record trafficking for Juliana and, to be safe, for the live-in worker next door as well: both live where they work, in the same colonia, and the same woman may well have brought them both.",
      },
      consequence = {
        es = "A la trabajadora de al lado la visitó la policía sin saber por qué, y ella lo negó todo. La defensa de doña Beatriz usó ese error para decir que la policía veía trata en cualquier casa.",
        en = "The police called on the worker next door without her knowing why, and she denied everything. Doña Beatriz's defence used that mistake to claim the police saw trafficking in every house.",
      },
      note = {
        es = "Trabajar puertas adentro es un trabajo legítimo, y vivir en la misma colonia no es un elemento. De la vecina solo se sabe que es adulta y que sale los domingos: ni acto, ni medio, ni fin. El caso de Juliana se sostiene con sus propios elementos; anótelos a ella. Nombrar trata sin los elementos expone a quien no lo pidió y debilita los casos reales.",
        en = "Live-in domestic work is legitimate work, and living in the same colonia is not an element. All that is known of the woman next door is that she is an adult who goes out on Sundays: no act, no means, no purpose. Juliana's case stands on its own elements; record those for her. Calling it trafficking without the elements exposes people who never asked for it and weakens the real cases.",
      },
    },
  },

  scene "employer_talk" {
    text = {
      es = "En la puerta, doña Beatriz ofrece “arreglar”: pagará lo que se le deba a doña Chepa y pide que todo quede ahí, “porque la patoja estaba mejor aquí que en su aldea”. Sin darse cuenta, menciona que dos amigas suyas de la colonia también tienen muchachas que trajo doña Chepa, “igual de jovencitas”. El sargento propone levantar un acta de conciliación y cerrar el caso.",
      en = "At the door, doña Beatriz offers to “settle”: she will pay whatever is owed to doña Chepa and asks for it all to end there, “because the girl was better off here than in her village”. Without realising it, she mentions that two friends of hers in the colonia also have girls that doña Chepa brought, “just as young”. The sergeant suggests drawing up a settlement record and closing the case.",
    },
    choice {
      id = "report_only_juliana",
      to = "pgn_office",
      harm = "let_it_drop",
      note = {
        es = "Un comentario suelto también es información: páselo a la fiscalía y a la PGN, que pueden verificarlo. Las otras dos niñas pueden estar en la misma situación que Juliana.",
        en = "A passing remark is information too: pass it to the prosecutor's office and the PGN, who can check it. The other two girls may be in the same situation as Juliana.",
      },
      text = {
        es = "Pasar el caso de Juliana a la Fiscalía y a la PGN, pero sin lo de las amigas de doña Beatriz: fue un comentario suelto, sin nombres ni pruebas.",
        en = "Pass Juliana's case to the Fiscalía and the PGN, but leave out doña Beatriz's friends: it was a passing remark, with no names and no evidence.",
      },
      consequence = {
        es = "El caso de Juliana llegó a la fiscalía. Lo de las otras dos niñas quedó en un comentario que nadie anotó, y doña Chepa siguió “colocando muchachas”.",
        en = "Juliana's case reached the prosecutor's office. No one wrote down the remark about the two other girls, and doña Chepa went on “placing girls”.",
      },
    },
    choice {
      id = "pass_everything_to_fiscalia_and_pgn",
      to = "pgn_office",
      practice = "report_to_authorities",
      set = { reported = 1 },
      note = {
        es = "Lo que ella contó sirve para protegerla a ella y a otras niñas: las dos muchachas que colocó doña Chepa pueden estar en la misma situación.",
        en = "What she told you serves to protect her and other girls: the two girls doña Chepa placed may be in the same situation.",
      },
      text = {
        es = "No hay nada que conciliar: pasar todo a la Fiscalía contra la Trata y a la PGN, también lo de las otras dos niñas que colocó doña Chepa.",
        en = "There is nothing to settle: pass everything to the Fiscalía contra la Trata and the PGN, including the two other girls doña Chepa placed.",
      },
    },
    choice {
      id = "sign_the_settlement_record",
      to = "pgn_office",
      harm = { "dismiss_because_she_consented", "let_it_drop" },
      effects = { safety = -1 },
      text = {
        es = "Aceptar el arreglo que propone el sargento: la muchacha vino porque quiso, doña Beatriz paga lo que debe y se levanta el acta de conciliación.",
        en = "Accept the settlement the sergeant suggests: the girl came because she wanted to, doña Beatriz pays what she owes and a settlement record is drawn up.",
      },
      consequence = {
        es = "El caso se cerró como un pago atrasado. Nadie buscó a las otras dos niñas, y doña Chepa siguió “colocando muchachas”.",
        en = "The case was closed as unpaid wages. No one looked for the two other girls, and doña Chepa went on “placing girls”.",
      },
    },
  },

  scene "pgn_office" {
    text = {
      es = "Ya de noche, en la oficina de la PGN. La licenciada Caal tiene a la vista un expediente del año pasado: una maestra de la colonia avisó por Juliana, a ella la entrevistaron en la misma casa, dijo que estaba bien y el caso se archivó. El investigador de la fiscalía quiere tomarle ahora la declaración completa, desde el principio.",
      en = "Night, at the PGN office. Licenciada Caal has a file from last year in front of her: a teacher in the colonia raised concerns about Juliana, she was interviewed in the house itself, said she was fine, and the case was closed. The prosecutor's investigator wants to take her full statement now, from the beginning.",
    },
    choice {
      id = "let_investigator_take_statement_now",
      to = "safe_but_unheard",
      harm = "repeat_interview_of_child",
      text = {
        es = "Dejar que el investigador le tome la declaración completa esta misma noche, con la delegada presente, mientras todo está fresco y antes de que doña Chepa la busque.",
        en = "Let the investigator take her full statement tonight, with the delegate present, while it is all still fresh and before doña Chepa comes looking for her.",
      },
      consequence = {
        es = "Juliana tuvo que contar todo otra vez: ya lo había contado hoy en el parque, y el año pasado la entrevistaron en la casa. Ahora lo contó desde el principio a un investigador, de noche y agotada. Las diferencias entre sus relatos se usaron después para dudar de ella.",
        en = "Juliana had to tell it all again: she had already told it today in the park, and last year she was interviewed in the house. Now she told it from the beginning to an investigator, at night and exhausted. The differences between her accounts were later used to doubt her.",
      },
    },
    choice {
      id = "plan_one_interview_with_support",
      to = "protected",
      when = "safety >= 4 and trust >= 3 and reported == 1",
      practice = { "check_prior_interviews", "refer_to_services" },
      note = {
        es = "Ya la entrevistaron el año pasado y hoy contó mucho. Averigüe qué quedó registrado y coordine una sola entrevista, para que no tenga que repetirlo todo.",
        en = "She was interviewed last year and has said a lot today. Find out what was recorded and coordinate a single interview, so that she does not have to repeat everything.",
      },
      text = {
        es = "Revisar el expediente y lo que contó hoy, y acordar una sola entrevista grabada, más adelante y con apoyo. Esta noche, un hogar de protección y llamar a su mamá.",
        en = "Review the file and what she said today, and agree on one recorded interview later, with support. Tonight: a children's home under protection, and a call home.",
      },
    },
    choice {
      id = "plan_one_interview",
      to = "safe_but_unheard",
      when = "safety < 4 or trust < 3 or reported == 0",
      practice = { "check_prior_interviews", "refer_to_services" },
      note = {
        es = "Ya la entrevistaron el año pasado y hoy contó mucho. Averigüe qué quedó registrado y coordine una sola entrevista, para que no tenga que repetirlo todo.",
        en = "She was interviewed last year and has said a lot today. Find out what was recorded and coordinate a single interview, so that she does not have to repeat everything.",
      },
      text = {
        es = "Revisar el expediente y lo que contó hoy, y acordar una sola entrevista grabada más adelante. Esta noche, que la PGN la lleve a un hogar y que llame a su mamá.",
        en = "Review the file and what she said today, and agree on one recorded interview later. Tonight, the PGN takes her to a children's home and she calls her mother.",
      },
    },
  },

  ending "protected" {
    outcome = "good",
    text = {
      es = "Esa noche Juliana habló con su mamá, con la licenciada Caal a su lado, y fue ella quien decidió qué contarle. Pasó a un hogar con medidas de protección del Juzgado de la Niñez y, un mes después, volvió a estudiar. La PGN visitó a su mamá en la aldea: casi nada del “sueldo” había llegado, y ella creía que su hija estudiaba los sábados. La Fiscalía contra la Trata abrió un caso contra doña Beatriz y doña Chepa, y la PGN encontró a las otras dos niñas de la colonia. Juliana todavía se preocupa por el dinero para sus hermanitos, pero dice que ahora sí la escuchan.",
      en = "That night Juliana spoke with her mother, with Licenciada Caal beside her, and it was she who decided what to tell her. She moved to a home under protection measures from the children's court and, a month later, went back to school. The PGN visited her mother in the village: almost none of the “wages” had arrived, and she believed her daughter was studying on Saturdays. The Fiscalía contra la Trata opened a case against doña Beatriz and doña Chepa, and the PGN found the other two girls in the colonia. Juliana still worries about money for her little brothers and sisters, but she says that now people do listen to her.",
    },
  },

  ending "safe_but_unheard" {
    outcome = "mixed",
    text = {
      es = "Juliana está en un hogar, a salvo y con medidas de protección. Pero tiene miedo de lo que doña Chepa le pueda hacer a su mamá, y las semanas pasan sin noticias. Dejó de hablar con la fiscalía, y el caso contra doña Beatriz avanza poco. Ella está protegida; las otras niñas que trajo doña Chepa, quién sabe.",
      en = "Juliana is in a home, safe and under protection measures. But she is afraid of what doña Chepa might do to her mother, and the weeks go by without news. She stopped talking to the prosecutor's office, and the case against doña Beatriz is barely moving. She is protected; as for the other girls doña Chepa brought, no one knows.",
    },
  },

  ending "left_there" {
    outcome = "bad",
    text = {
      es = "Juliana se quedó en la casa 14, lavando desde las cinco y planchando hasta las diez. La llamada mensual a su mamá se suspendió. Un mes después, doña Lety dejó de verla en la terraza: según doña Beatriz, “se fue a trabajar con una hermana mía, a otro departamento”. Nadie sabe en qué casa está ahora.",
      en = "Juliana stayed at number 14, washing from five in the morning and ironing until ten at night. The monthly call to her mother stopped. A month later, doña Lety no longer saw her on the roof: according to doña Beatriz, she “went to work for my sister, in another department”. No one knows which house she is in now.",
    },
  },

  ending "back_with_recruiter" {
    outcome = "bad",
    text = {
      es = "Juliana se fue en el taxi con doña Chepa. Nunca llegó a la aldea. Dos semanas después trabajaba en otra casa, más lejos, con una patrona nueva que también le pagaba a doña Chepa. Su mamá supo de ella meses después.",
      en = "Juliana left in the taxi with doña Chepa. She never reached the village. Two weeks later she was working in another house, further away, for a new employer who also paid doña Chepa. Her mother heard from her months later.",
    },
  },
}
