-- The return of a 15-year-old Guatemalan girl from Tapachula to Tecún Umán. Marisol, her mother
-- doña Felipa, "tío" Ovidio, "tía" Berta, licenciada Chávez, licenciada Ortega and the village of
-- Los Cipresales are fictional; the institutions are real.

return scenario {
  title = { es = "¿Marisol vuelve a casa?", en = "Is Marisol going home?" },
  summary = {
    es = "Una adolescente guatemalteca encontrada trabajando en una tortillería de Tapachula trae un DPI que dice que tiene 19 años. Ella dice que tiene 15. Si regresa, cómo y con quién no lo decide el consulado solo, y en la frontera alguien la espera.",
    en = "A Guatemalan teenager found working in a tortilla shop in Tapachula carries a DPI saying she is 19. She says she is 15. Whether she goes back, how and to whom is not the consulate's decision alone, and at the border someone is waiting for her.",
  },
  audience = "consular",
  person = { age = "adolescent", gender = "female", nationality = "GT", exploitation = "labour", trafficking = true },
  setting = { country = "MX", institution = "consulate" },
  minutes = 15,
  difficulty = 2,
  feedback = "immediate",
  objectives = {
    {
      es = "Aplicar la presunción de minoría de edad cuando un documento de adulta y lo que dice la niña no coinciden.",
      en = "Apply the presumption of minority when an adult's ID and what the girl says do not match.",
    },
    {
      es = "Nombrar el caso por sus elementos: para una niña bastan el acto y el fin, su “sí” y el de su familia no cuentan, y un cruce pagado no lo vuelve solo tráfico de migrantes.",
      en = "Name the case by its elements: for a child the act and the purpose are enough, her “yes” and her family's do not count, and a paid crossing does not make it mere migrant smuggling.",
    },
    {
      es = "Poner primero el interés superior de la niña: escuchar su opinión y no entregarla a ningún familiar sin verificar que no participó en su explotación.",
      en = "Put the girl's best interests first: hear her views, and hand her to no relative without checking that they took no part in her exploitation.",
    },
    {
      es = "Evitar que la vuelvan a entrevistar sobre lo mismo, usando lo que ya quedó registrado.",
      en = "Keep her from being interviewed again about the same events, by using what has already been recorded.",
    },
    {
      es = "Decidir el retorno solo después de determinar su interés superior, con la autoridad mexicana de protección de la niñez y la PGN; si vuelve, que sea acompañada, según el protocolo de repatriación, y que la reciba la PGN.",
      en = "Decide on return only after her best interests have been determined, with the Mexican child-protection authority and the PGN; if she goes back, she travels accompanied, under the repatriation protocol, and the PGN receives her.",
    },
  },
  content_note = {
    es = "Esta historia trata de la explotación laboral de una adolescente, del engaño a su familia y de su regreso. No hay descripciones explícitas, pero puede remover experiencias personales. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with the labour exploitation of a teenage girl, the deception of her family and her return home. Nothing is described explicitly, but it may stir personal experiences. You can pause at any time.",
  },
  start = "call_from_shelter",
  vars = { trust = 1, safety = 2, assessed = 0 },

  scene "call_from_shelter" {
    text = {
      es = "Lunes por la mañana. Usted es cónsul de protección en el consulado de Guatemala en Tapachula. Llama la coordinadora de un albergue para niñas y niños: el sábado, las autoridades mexicanas encontraron a una joven guatemalteca trabajando en una tortillería. Trae un DPI a nombre de Dora Elizabeth, de 19 años, pero a la psicóloga del albergue le dijo que se llama Marisol y que tiene 15. El domingo, una fiscal mexicana la entrevistó una vez, con la psicóloga presente, y la entrevista quedó grabada. Migración propone tratarla como adulta, por el DPI, y mandarla mañana en el bus de mujeres deportadas.",
      en = "Monday morning. You are the protection consul at the Guatemalan consulate in Tapachula. The coordinator of a children's shelter calls: on Saturday the Mexican authorities found a young Guatemalan woman working in a tortilla shop. She carries a DPI in the name of Dora Elizabeth, aged 19, but she told the shelter's psychologist her name is Marisol and she is 15. On Sunday a Mexican prosecutor interviewed her once, with the psychologist present, and the interview was recorded. The migration authorities propose treating her as an adult, going by the DPI, and sending her tomorrow on the bus with deported women.",
    },
    prompt = {
      es = "El documento dice 19 y ella dice 15. ¿Qué pesa más mientras no se verifique su edad, y por qué?",
      en = "The ID says 19 and she says 15. While her age is unverified, which weighs more, and why?",
    },
    detail "dpi_of_another" {
      indicator = "minor_with_adult_id",
      text = {
        es = "Lleva un DPI de adulta con otro nombre, y ella dice que tiene 15 años.",
        en = "She carries an adult's DPI under another name, and she says she is 15.",
      },
    },
    detail "looks_older" {
      neutral = true,
      text = {
        es = "El agente de Migración opina que “se ve de más de 18”: es alta y lleva el pelo teñido.",
        en = "The migration officer thinks she “looks over 18”: she is tall and her hair is dyed.",
      },
      why = {
        es = "La apariencia no prueba la edad, menos aún entre personas de distintos orígenes. Si hay razones para pensar que puede ser menor, se la trata como niña hasta verificarlo.",
        en = "Appearance does not prove age, least of all across different ethnic backgrounds. If there is reason to think she may be a minor, she is treated as a child until it is verified.",
      },
    },
    detail "crossed_without_papers" {
      neutral = true,
      text = {
        es = "Entró a México sin documentos migratorios.",
        en = "She entered Mexico without migration papers.",
      },
      why = {
        es = "Haber cruzado sin papeles no indica trata ni la convierte en infractora. Tomar la situación migratoria como el hallazgo lleva a deportar a víctimas sin identificarlas.",
        en = "Having crossed without papers does not indicate trafficking, nor does it make her an offender. Treating migration status as the finding leads to victims being deported without being identified.",
      },
    },
    choice {
      id = "treat_as_child_until_verified",
      to = "shelter_visit",
      practice = "presume_minority",
      text = {
        es = "Tratarla como niña hasta que se verifique su edad: que siga en el albergue y no en el bus, y avisar hoy mismo a la PGN.",
        en = "Treat her as a child until her age is verified: she stays in the shelter, not on the bus, and you notify the PGN today.",
      },
    },
    choice {
      id = "ask_renap_to_check_the_dpi",
      to = "adult_bus",
      harm = "treat_as_adult_despite_doubt",
      effects = { trust = -1 },
      text = {
        es = "Pedirle al RENAP que confirme si el DPI es auténtico y, mientras llega la respuesta, dejar que Migración siga el trámite de adulta.",
        en = "Ask RENAP to confirm whether the DPI is genuine and, until the answer comes, let the migration authorities go on with the adult procedure.",
      },
      note = {
        es = "Mientras se verifica, la duda basta: se la trata como niña. Un DPI auténtico también puede haberse sacado de forma irregular para esconder la edad de una menor.",
        en = "While it is being checked, the doubt is enough: she is treated as a child. A genuine DPI can also have been obtained irregularly to hide a minor's age.",
      },
      consequence = {
        es = "Mientras se esperaba la respuesta, Marisol pasó la noche en la estación migratoria con mujeres desconocidas, fuera de toda medida de protección para la niñez.",
        en = "While the answer was awaited, Marisol spent the night at the migration station among women she did not know, outside every measure that protects children.",
      },
    },
    choice {
      id = "go_by_the_dpi",
      to = "adult_bus",
      harm = "treat_as_adult_despite_doubt",
      effects = { trust = -1 },
      text = {
        es = "El DPI es un documento oficial y ella no trae otro: que se tramite como adulta y viaje mañana en el bus, como propone Migración.",
        en = "The DPI is an official document and she has no other: process her as an adult and let her travel on tomorrow's bus, as Migration proposes.",
      },
      consequence = {
        es = "Tratada como adulta, Marisol pasó la noche en la estación migratoria con mujeres desconocidas, fuera de toda medida de protección para la niñez.",
        en = "Treated as an adult, Marisol spent the night at the migration station among women she did not know, outside every measure that protects children.",
      },
    },
  },

  scene "adult_bus" {
    text = {
      es = "Martes temprano, en la estación migratoria, usted revisa la lista del bus. Una empleada le avisa que “Dora Elizabeth” no ha querido comer y llora desde anoche. Cuando usted se acerca, ella le dice, casi sin voz: “Yo no me llamo así. Tengo quince.”",
      en = "Early Tuesday at the migration station, you check the bus list. A staff member tells you that “Dora Elizabeth” has refused to eat and has been crying since last night. When you go over to her she tells you, barely audible: “That's not my name. I'm fifteen.”",
    },
    detail "doesnt_know_the_date" {
      indicator = "lost_sense_of_time",
      text = {
        es = "Cree que llegó a Tapachula “hace unas semanas”; según la tortillería, lleva ocho meses.",
        en = "She thinks she came to Tapachula “a few weeks ago”; according to the tortilla shop, it has been eight months.",
      },
    },
    choice {
      id = "take_her_off_the_bus_list",
      to = "shelter_visit",
      practice = "presume_minority",
      text = {
        es = "Sacarla de la lista: mientras no se verifique su edad, es una niña. Pedir que vuelva al albergue y avisar a la PGN.",
        en = "Take her off the list: until her age is verified, she is a child. Ask for her to go back to the shelter, and notify the PGN.",
      },
    },
    choice {
      id = "note_her_age_and_let_her_board",
      to = "alone_at_border",
      harm = "return_child_without_protocol",
      text = {
        es = "Anotar en la lista que dice tener quince años y dejar que suba al bus: en la frontera, Migración de Guatemala verificará su edad.",
        en = "Write on the list that she says she is fifteen and let her board the bus: at the border, Guatemala's migration authorities will check her age.",
      },
      consequence = {
        es = "Nadie leyó la nota de la lista. Marisol viajó sola entre adultas desconocidas, sin nadie de protección de la niñez que la esperara al otro lado.",
        en = "No one read the note on the list. Marisol travelled alone among adults she did not know, with no one from child protection waiting for her on the other side.",
      },
    },
  },

  scene "shelter_visit" {
    text = {
      es = "En el albergue, la coordinadora lo recibe con el expediente de Marisol y la constancia de la entrevista grabada el domingo. “Su formulario consular pide una declaración”, le dice la coordinadora. “¿Quiere que se la traiga para que le cuente todo?”",
      en = "At the shelter, the coordinator meets you with Marisol's file and a note of the interview recorded on Sunday. “Your consular form asks for a statement,” the coordinator says. “Shall I bring her so that she can tell you everything?”",
    },
    choice {
      id = "request_the_recorded_interview",
      to = "meeting_marisol",
      practice = "check_prior_interviews",
      effects = { trust = 1 },
      text = {
        es = "Pedir por la vía oficial el acta del domingo, sin repetir la entrevista. Con Marisol, hablar solo de lo que sigue, con la psicóloga presente.",
        en = "Request Sunday's record through official channels, without repeating the interview. With Marisol, talk only about what happens next, with the psychologist there.",
      },
    },
    choice {
      id = "take_statement_with_psychologist",
      to = "retelling",
      harm = "repeat_interview_of_child",
      effects = { trust = -1 },
      text = {
        es = "Con la psicóloga presente, tomarle la declaración que pide el formulario consular, desde cómo la contactaron hasta el sábado.",
        en = "With the psychologist present, take the statement the consular form asks for, from how she was approached up to Saturday.",
      },
      note = {
        es = "Con la psicóloga o sin ella, es una segunda entrevista sobre lo mismo. Lo que necesita el formulario consular puede salir del acta que ya existe.",
        en = "With or without the psychologist, it is a second interview about the same events. What the consular form needs can come from the record that already exists.",
      },
      consequence = {
        es = "Marisol tuvo que contar por segunda vez en dos días lo que había vivido, esta vez a un desconocido.",
        en = "Marisol had to tell what she had been through for the second time in two days, this time to a stranger.",
      },
    },
    choice {
      id = "bring_her_in_for_a_full_statement",
      to = "retelling",
      harm = "repeat_interview_of_child",
      effects = { trust = -1 },
      text = {
        es = "Pedirle a la coordinadora que la traiga ya: el formulario exige una declaración propia del consulado y el acta mexicana puede tardar semanas.",
        en = "Ask the coordinator to bring her in now: the form calls for the consulate's own statement, and the Mexican record could take weeks.",
      },
      consequence = {
        es = "Marisol tuvo que contar por segunda vez en dos días lo que había vivido, esta vez a un desconocido y para llenar un formulario.",
        en = "Marisol had to tell what she had been through for the second time in two days, this time to a stranger and to fill in a form.",
      },
    },
  },

  scene "retelling" {
    text = {
      es = "Marisol empieza a contar otra vez. A media historia confunde los meses, se corrige, se queda callada y se aprieta las manos. La psicóloga le hace a usted una seña desde la puerta.",
      en = "Marisol starts telling it all over again. Halfway through she mixes up the months, corrects herself, falls silent and clenches her hands. The psychologist signals to you from the door.",
    },
    detail "mixes_up_months" {
      indicator = "lost_sense_of_time",
      text = {
        es = "No sabe cuánto tiempo pasó en la tortillería: dice “unas semanas”, luego “desde la feria”.",
        en = "She does not know how long she spent at the tortilla shop: she says “a few weeks”, then “since the fair”.",
      },
    },
    choice {
      id = "stop_and_let_the_psychologist_step_in",
      to = "meeting_marisol",
      practice = "pause_and_support",
      text = {
        es = "Parar. Decirle que no tiene que contarlo otra vez, dejar que la psicóloga la acompañe y usar después el acta que ya existe.",
        en = "Stop. Tell her she does not have to tell it again, let the psychologist stay with her, and use the existing record afterwards.",
      },
    },
    choice {
      id = "ask_her_to_pin_down_dates",
      to = "meeting_marisol",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Pedirle con calma que siga y precise fechas y lugares: si el relato tiene contradicciones, después pueden usarlas en su contra.",
        en = "Calmly ask her to go on and pin down dates and places: if her account has contradictions, they could be used against her later.",
      },
      consequence = {
        es = "Presionada, Marisol dio fechas que no recordaba bien. Sintió que no le creían, y esas diferencias quedaron en un papel.",
        en = "Under pressure, Marisol gave dates she did not remember well. She felt she was not believed, and those differences ended up on paper.",
      },
    },
    choice {
      id = "short_break_then_carry_on",
      to = "meeting_marisol",
      harm = "repeat_interview_of_child",
      text = {
        es = "Ofrecerle agua y unos minutos de descanso, y luego seguir con la declaración donde se quedó, para no tener que llamarla otro día.",
        en = "Offer her water and a few minutes' rest, then carry on with the statement where she left off, so as not to call her back another day.",
      },
      note = {
        es = "Un descanso para después seguir no es una pausa de apoyo: la entrevista repetida continúa. Lo que ella ya contó está en el acta.",
        en = "A break before carrying on is not a supportive pause: the repeated interview goes on. What she has already told is in the record.",
      },
      consequence = {
        es = "Después del descanso, Marisol terminó de contar lo que ya le había contado a la fiscal. Salió de la sala sin decir nada y esa noche no quiso cenar.",
        en = "After the break, Marisol finished telling what she had already told the prosecutor. She left the room without a word and would not eat that evening.",
      },
    },
  },

  scene "meeting_marisol" {
    text = {
      es = "Marisol se sienta frente a usted, con la psicóloga al lado. Es ella quien pregunta primero: cuándo se va, si su mamá ya sabe que está aquí, y, en voz más baja, si la van a mandar con su tío.",
      en = "Marisol sits down across from you, with the psychologist beside her. She is the one who asks first: when is she leaving, does her mother know she is here, and, more quietly, is she going to be sent to her uncle.",
    },
    detail "afraid_of_uncle" {
      indicator = "travels_with_non_relatives",
      text = {
        es = "La trajo a México una mujer a la que llama “tía Berta”, que no es pariente suyo; su tío Ovidio fue quien las presentó.",
        en = "She was brought to Mexico by a woman she calls “tía Berta”, who is not a relative; her uncle Ovidio was the one who introduced them.",
      },
    },
    choice {
      id = "explain_and_ask_what_she_wants",
      to = "her_account",
      practice = { "hear_child_views", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Decirle quién es usted, qué va a pasar y que lo que cuente lo sabrá la PGN, no su familia. Preguntarle qué quiere y qué le da miedo.",
        en = "Tell her who you are, what will happen, and that what she says will go to the PGN, not to her family. Ask what she wants and what frightens her.",
      },
    },
    choice {
      id = "tell_her_she_will_be_home_by_sunday",
      to = "her_account",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Calmarla con lo que más necesita oír: que su mamá pronto va a saber dónde está y que el domingo, a más tardar, estará en su casa.",
        en = "Calm her with what she most needs to hear: her mother will soon know where she is, and by Sunday at the latest she will be home.",
      },
      consequence = {
        es = "Esa promesa no dependía del consulado: la autoridad mexicana de protección de la niñez y la PGN tenían que decidir primero qué era lo mejor para ella. Cuando el domingo llegó y Marisol seguía en un albergue, sintió que le habían mentido.",
        en = "That promise was not the consulate's to make: the Mexican child-protection authority and the PGN had to decide first what was best for her. When Sunday came and Marisol was still in a shelter, she felt lied to.",
      },
    },
    choice {
      id = "ask_why_she_went_with_berta",
      to = "her_account",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Para entender cómo empezó todo, preguntarle por qué se fue con una señora que no era de su familia y si su mamá estaba de acuerdo.",
        en = "To understand how it all began, ask her why she went off with a woman who wasn't family, and whether her mother agreed to it.",
      },
      consequence = {
        es = "Marisol bajó la cabeza. Ya se sentía culpable de haber dejado a su mamá; la pregunta se lo confirmó.",
        en = "Marisol lowered her head. She already felt guilty for leaving her mother; the question confirmed it.",
      },
    },
  },

  scene "her_account" {
    text = {
      es = "Sin que nadie le pida repetir su historia, Marisol cuenta lo que ella quiere contar. Su papá murió el año pasado y en la casa no alcanzaba. La tía Berta le ofreció trabajo en una tortillería de Tapachula: mil quinientos quetzales al mes para mandarle a su mamá. Dice que la señora de la tortillería “no es mala”. Lo que más quiere es ver a su mamá y a sus hermanitos.",
      en = "Without anyone asking her to repeat her story, Marisol tells what she wants to tell. Her father died last year and there was not enough at home. Tía Berta offered her work in a tortilla shop in Tapachula: fifteen hundred quetzales a month to send to her mother. She says the woman who runs the tortilla shop “isn't bad”. What she wants most is to see her mother and her little brothers and sisters.",
    },
    prompt = {
      es = "Marisol quiere volver con su mamá. ¿Qué necesita saberse de su familia antes de que eso pase, y a quién le toca averiguarlo y decidir?",
      en = "Marisol wants to go back to her mother. What needs to be known about her family before that happens, and whose job is it to find out and decide?",
    },
    detail "father_died" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "La oferta llegó cuando su papá acababa de morir y la familia tenía deudas.",
        en = "The offer came just after her father died, when the family was in debt.",
      },
    },
    detail "study_on_sundays" {
      indicator = "false_promise_of_study",
      text = {
        es = "La tía Berta le dijo que los domingos podría seguir estudiando; nunca la inscribieron en ninguna escuela.",
        en = "Tía Berta told her she could keep studying on Sundays; she was never enrolled in any school.",
      },
    },
    detail "four_to_ten" {
      indicator = "excessive_hours",
      text = {
        es = "Echaba tortillas de cuatro de la mañana a diez de la noche, todos los días.",
        en = "She made tortillas from four in the morning to ten at night, every day.",
      },
    },
    detail "no_school" {
      indicator = "child_not_in_school",
      text = {
        es = "Dejó la escuela en sexto primaria y en Tapachula no tenía amigas ni tiempo para nada más que trabajar.",
        en = "She left school after sixth grade, and in Tapachula she had no friends and no time for anything but work.",
      },
    },
    detail "ate_after_them" {
      indicator = "eats_apart",
      text = {
        es = "Comía en la cocina, después de la familia de la dueña, lo que quedaba.",
        en = "She ate in the kitchen, after the owner's family, whatever was left.",
      },
    },
    detail "isnt_bad" {
      indicator = "protects_exploiter",
      text = {
        es = "Defiende a la dueña de la tortillería: “me daba de comer y no me pegaba”.",
        en = "She defends the owner of the tortilla shop: “she fed me and she didn't hit me”.",
      },
    },
    detail "pay_to_berta" {
      indicator = "no_pay",
      when = "trust >= 2",
      text = {
        es = "Nunca recibió sueldo: la dueña se lo entregaba a la tía Berta, “para mandárselo a tu mamá”.",
        en = "She was never paid: the owner handed her wages to tía Berta, “to send to your mum”.",
      },
    },
    detail "advance_to_uncle" {
      indicator = "payment_to_controller",
      when = "trust >= 3",
      text = {
        es = "Casi en un susurro cuenta que la tía Berta le dio dinero a su tío Ovidio el día que se la llevó, y que su mamá recibió un “adelanto”.",
        en = "Almost in a whisper she says tía Berta gave her uncle Ovidio money the day she took her away, and that her mother received an “advance”.",
      },
    },
    choice {
      id = "pass_case_and_family_doubts_to_pgn",
      to = "naming_the_case",
      practice = "joint_response_child_protection",
      note = {
        es = "El consulado no decide solo sobre una niña. En México actúa con la autoridad mexicana de protección de la niñez. En Guatemala, con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own. In Mexico it acts with the Mexican child-protection authority. In Guatemala it acts with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      text = {
        es = "Pasarle a la PGN lo que ella contó, con las dudas sobre su familia, para que la verifique antes de que se decida si vuelve y con quién.",
        en = "Pass what she told you to the PGN, doubts about her family included, so they are checked before anyone decides whether she goes back and to whom.",
      },
    },
    choice {
      id = "send_only_the_return_details",
      to = "naming_the_case",
      harm = "let_it_drop",
      text = {
        es = "Mandarle a la PGN solo los datos del retorno, sin las dudas sobre el tío: son palabras de una niña asustada y no hay pruebas contra él.",
        en = "Send the PGN only the details of her return, without the doubts about the uncle: they are the words of a frightened girl, with no proof against him.",
      },
      note = {
        es = "Verificar a la familia le toca a la PGN, y solo puede hacerlo si sabe lo que usted sabe. Para pasar una duda sobre quién va a recibir a una niña no hace falta una prueba.",
        en = "Checking the family is the PGN's job, and it can only do so if it knows what you know. Passing on a doubt about who is to receive a child needs no proof.",
      },
      consequence = {
        es = "La PGN preparó un retorno de rutina a la casa de la mamá, la misma casa donde vive el tío. Nadie empezó a verificar a la familia.",
        en = "The PGN prepared a routine return to the mother's house, the same house the uncle lives in. No one began to check the family.",
      },
    },
    choice {
      id = "file_it_and_wait_for_the_date",
      to = "naming_the_case",
      harm = "let_it_drop",
      text = {
        es = "Dejarlo todo anotado en el expediente consular y pasárselo a la PGN cuando México fije la fecha del retorno, para no adelantarse.",
        en = "Write it all up in the consular file and pass it to the PGN once Mexico sets the return date, so as not to get ahead of things.",
      },
      consequence = {
        es = "Durante días, la PGN no supo lo que Marisol había contado de su familia y no empezó a verificarla. Se enteró cuando el tío ya había llamado.",
        en = "For days the PGN did not know what Marisol had said about her family, and did not begin to check it. It found out after the uncle had already called.",
      },
    },
  },

  scene "naming_the_case" {
    text = {
      es = "Llama la licenciada Ortega, que lleva el caso por la autoridad mexicana de protección de la niñez. Tiene el acta del domingo y pregunta cómo registra el caso el consulado, porque de eso depende la ruta de Marisol. “Migración lo anotó como tráfico de migrantes: la tía Berta le pagó al que las pasó por el río”, dice. “Yo lo veo como trabajo infantil. Ella aceptó el trabajo, su mamá estaba de acuerdo, y en la tortillería tenía casa y comida.”",
      en = "Licenciada Ortega calls: she handles the case for the Mexican child-protection authority. She has Sunday's record and asks how the consulate is registering the case, because Marisol's route depends on it. “Migration recorded it as migrant smuggling: tía Berta paid the man who took them across the river,” she says. “I see it as child labour. She agreed to the job, her mother was in favour, and at the tortilla shop she had a roof and food.”",
    },
    prompt = {
      es = "¿Qué elementos hacen falta para que el caso de una niña sea trata? ¿Cambia algo que ella y su mamá aceptaran, o que el cruce se pagara?",
      en = "Which elements does a child's case need to be trafficking? Does it change anything that she and her mother agreed, or that the crossing was paid for?",
    },
    detail "she_agreed_to_go" {
      neutral = true,
      text = {
        es = "Marisol aceptó irse a trabajar, y su mamá estuvo de acuerdo.",
        en = "Marisol agreed to go away to work, and her mother was in favour.",
      },
      why = {
        es = "Que una niña o su familia acepten un trabajo no es señal de trata, y tampoco la descarta. Con menores de 18, ese “sí” no cuenta: basta que la hayan captado, llevado o recibido para explotarla.",
        en = "A child or her family agreeing to a job is not a sign of trafficking, nor does it rule it out. For someone under 18 that “yes” does not count: it is enough that she was recruited, moved or received in order to be exploited.",
      },
    },
    choice {
      id = "record_the_act_and_the_purpose",
      to = "uncle_calls",
      practice = { "identify_the_elements", "distinguish_smuggling_trafficking" },
      text = {
        es = "Registrar posible trata, según la definición internacional. La captaron, la llevaron y la recibieron (acto) para hacerla trabajar de cuatro a diez, sin escuela (fin). Siendo menor, no hace falta un medio.",
        en = "Record possible child trafficking under the international definition. She was recruited, moved and received (act) to make her work from four till ten, with no school (purpose). As she is a minor, no means is needed.",
      },
      note = {
        es = "Para una persona menor de 18, el Protocolo de Palermo pide un acto (captar, trasladar, recibir) y un fin de explotación. No hace falta un medio, y ni su “sí” ni el de su familia cuentan. El cruce pagado terminó en el río; después vino la tortillería. La calificación penal le toca a la fiscalía.",
        en = "For someone under 18, the Palermo Protocol requires an act (recruiting, moving, receiving) and a purpose of exploitation. No means is needed, and neither her “yes” nor her family's counts. The paid crossing ended at the river; the tortilla shop came afterwards. The criminal charge is the prosecutor's call.",
      },
    },
    choice {
      id = "record_child_labour",
      to = "uncle_calls",
      harm = "dismiss_because_she_consented",
      text = {
        es = "Coincidir con la licenciada Ortega: la niña y su mamá aceptaron el trabajo, y en la tortillería tenía casa y comida. Registrar trabajo infantil y pedir que la inspección de trabajo revise la tortillería.",
        en = "Agree with licenciada Ortega: the girl and her mother accepted the job, and at the tortilla shop she had a roof and food. Record child labour and ask the labour inspectorate to look into the tortilla shop.",
      },
      note = {
        es = "Con menores de 18, el “sí” de la niña o de su familia nunca cuenta. Bastan el acto (la captaron, la llevaron, la recibieron) y el fin (de cuatro a diez, todos los días, sin escuela). Que le dieran casa y comida no cambia eso.",
        en = "For someone under 18, the child's or the family's “yes” never counts. The act (she was recruited, moved, received) and the purpose (four till ten, every day, no school) are enough. Being given a roof and food does not change that.",
      },
      consequence = {
        es = "El registro decía “trabajo infantil”. Con eso, nadie preguntó quién la había llevado a Tapachula ni quién la puso en manos de la tía Berta.",
        en = "The record said “child labour”. With that, no one asked who had taken her to Tapachula or who had put her in tía Berta's hands.",
      },
    },
    choice {
      id = "record_a_smuggled_child",
      to = "uncle_calls",
      harm = "treat_as_smuggling_only",
      text = {
        es = "Registrarlo como Migración: una menor no acompañada que cruzó sin papeles, con una adulta que pagó el cruce. Anotar tráfico de migrantes y pedir a la fiscalía que investigue al que las pasó por el río.",
        en = "Record it as Migration did: an unaccompanied minor who crossed without papers, with an adult who paid for the crossing. Record migrant smuggling and ask the prosecutor to investigate the man who took them over the river.",
      },
      note = {
        es = "El tráfico ilícito termina al cruzar la frontera. La trata sigue después, con explotación: aquí, meses en la tortillería. Para una niña bastan el acto y el fin. Un viaje pagado puede ser la puerta de la trata.",
        en = "Smuggling ends once the border is crossed. Trafficking goes on afterwards, as exploitation: here, months in the tortilla shop. For a child, the act and the purpose are enough. A paid journey can be the way into trafficking.",
      },
      consequence = {
        es = "El registro decía “tráfico de migrantes”. El cruce había terminado en el río, y los meses en la tortillería no quedaron anotados en ninguna parte.",
        en = "The record said “migrant smuggling”. The crossing had ended at the river, and the months in the tortilla shop were not written down anywhere.",
      },
    },
    choice {
      id = "record_sexual_exploitation",
      to = "uncle_calls",
      harm = "label_without_the_elements",
      text = {
        es = "Registrar trata con fines de explotación sexual, para que el caso avance rápido: una niña de pelo teñido, con un DPI de adulta, que cruzó sin papeles y estaba sin familia en Tapachula. Es el perfil de la frontera.",
        en = "Record trafficking for sexual exploitation, so that the case moves fast: a girl with dyed hair and an adult's DPI, who crossed without papers and had no family in Tapachula. It's the border profile.",
      },
      note = {
        es = "El pelo teñido, cruzar sin papeles o estar en Tapachula no prueban nada, y nada de lo que ella contó habla de explotación sexual. Lo que sí hay es un acto y un fin: trabajo de cuatro a diez, sin escuela. Nombre el caso por lo que ella contó.",
        en = "Dyed hair, crossing without papers or being in Tapachula prove nothing, and nothing she told points to sexual exploitation. What there is, is an act and a purpose: work from four till ten, with no school. Name the case by what she told.",
      },
      consequence = {
        es = "El registro hablaba de una explotación que Marisol no había contado. Cuando la fiscalía lo leyó, empezó a dudar también de lo demás.",
        en = "The record spoke of an exploitation Marisol had never described. When the prosecutor's office read it, it began to doubt the rest as well.",
      },
    },
  },

  scene "uncle_calls" {
    text = {
      es = "Por la tarde entra una llamada al consulado. Un hombre se presenta como Ovidio, tío de la niña: su hermana lo mandó, él va a ir por ella al puente de Tecún Umán, ya tiene transporte y no hace falta tanto papeleo. “¿Y qué ha dicho la Dora Elizabeth?”, pregunta. “Esa patoja inventa mucho.”",
      en = "In the afternoon a call comes in to the consulate. A man introduces himself as Ovidio, the girl's uncle: his sister sent him, he will pick her up at the bridge at Tecún Umán, he has transport lined up and there is no need for so much paperwork. “And what has Dora Elizabeth said?” he asks. “That girl makes things up.”",
    },
    detail "uses_false_name" {
      indicator = "minor_with_adult_id",
      text = {
        es = "Llama a su sobrina por el nombre del DPI falso, no por el suyo.",
        en = "He calls his niece by the name on the false DPI, not by her own.",
      },
    },
    detail "wants_to_know_what_she_said" {
      indicator = "controlled_communication",
      text = {
        es = "Quiere saber qué ha contado ella y adelanta que no hay que creerle.",
        en = "He wants to know what she has said, and warns in advance that she should not be believed.",
      },
    },
    choice {
      id = "tell_him_nothing_and_refer_him",
      to = "mother_call",
      practice = { "best_interests_assessment", "keep_confidentiality" },
      text = {
        es = "No contarle nada de lo que dijo Marisol. Explicarle que a la niña la recibe la PGN, anotar sus datos y pasárselos a la PGN.",
        en = "Tell him nothing of what Marisol has said. Explain that the PGN receives the child, take his details and pass them on to the PGN.",
      },
    },
    choice {
      id = "arrange_pickup_at_the_bridge",
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Como es familia y la mamá lo mandó, anotar su DPI y quedar con él en que la recoja el jueves en el puente, con el acta firmada.",
        en = "Since he is family and her mother sent him, take down his DPI number and arrange for him to collect her at the bridge on Thursday, papers signed.",
      },
      consequence = {
        es = "Marisol fue entregada al tío que la había puesto en manos de la tía Berta, sin que nadie verificara nada y contra lo que ella había pedido.",
        en = "Marisol was handed to the uncle who had put her in tía Berta's hands, with nothing checked and against what she had asked.",
      },
    },
    choice {
      id = "explain_why_the_pgn_will_check_him",
      to = "mother_call",
      harm = "expose_identity",
      effects = { safety = -2 },
      text = {
        es = "Ser claro con él: explicarle que la niña contó cómo la llevaron a Tapachula y que, por eso, la PGN lo tiene que investigar.",
        en = "Be straight with him: explain that the girl has told how she was taken to Tapachula, and that this is why the PGN must look into him.",
      },
      note = {
        es = "Lo que Marisol contó no se le dice a nadie de su familia, y menos a quien pudo haberla entregado. Verificar al tío le toca a la PGN, sin que él sepa qué dijo ella.",
        en = "What Marisol told is not passed to anyone in her family, least of all to someone who may have handed her over. Checking the uncle is for the PGN, without him learning what she said.",
      },
      consequence = {
        es = "Desde esa llamada, el tío supo que Marisol había hablado. Esa semana, la familia recibió la visita de la tía Berta.",
        en = "From that call on, the uncle knew that Marisol had talked. That week, the family had a visit from tía Berta.",
      },
    },
  },

  scene "mother_call" {
    text = {
      es = "La PGN localiza a la mamá de Marisol, doña Felipa, en la aldea Los Cipresales. La llamada se hace con una intérprete de k'iche' de la PGN. Doña Felipa llora: la tía Berta le dijo que la niña iba a estar bien y a mandar dinero; su hermano Ovidio arregló todo. Quiere a su hija de vuelta ya. En la llamada también está la abuela de Marisol, que pregunta si la niña está bien. Marisol, al lado, pide hablar con su mamá.",
      en = "The PGN locates Marisol's mother, doña Felipa, in the village of Los Cipresales. The call is made with a K'iche' interpreter from the PGN. Doña Felipa is crying: tía Berta told her the girl would be fine and would send money; her brother Ovidio arranged everything. She wants her daughter back now. Marisol's grandmother is on the call too, and asks whether the girl is all right. Marisol, sitting nearby, asks to speak to her mother.",
    },
    detail "speaks_kiche" {
      neutral = true,
      text = {
        es = "Doña Felipa habla k'iche' y muy poco español.",
        en = "Doña Felipa speaks K'iche' and very little Spanish.",
      },
      why = {
        es = "Hablar un idioma maya no dice nada sobre la trata ni sobre si una madre cuida bien a su hija. Sí obliga a que la entrevista sea con una intérprete calificada.",
        en = "Speaking a Mayan language says nothing about trafficking or about whether a mother looks after her daughter. It does mean the conversation must go through a qualified interpreter.",
      },
    },
    detail "uncle_in_the_house" {
      indicator = "isolation",
      when = "trust >= 3",
      text = {
        es = "Marisol cuenta que en Tapachula solo podía llamar a su casa desde el teléfono de la tía Berta, y que siempre contestaba su tío, que vive en la misma casa que su mamá.",
        en = "Marisol says that in Tapachula she could only call home from tía Berta's phone, and it was always her uncle who answered: he lives in the same house as her mother.",
      },
    },
    choice {
      id = "let_her_talk_to_her_mother",
      to = "return_planning",
      practice = { "hear_child_views", "joint_response_child_protection" },
      note = {
        es = "El consulado no decide solo sobre una niña. En México actúa con la autoridad mexicana de protección de la niñez. En Guatemala, con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own. In Mexico it acts with the Mexican child-protection authority. In Guatemala it acts with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      effects = { trust = 1 },
      text = {
        es = "Dejar que Marisol hable con su mamá, con la psicóloga al lado. Luego pasarle a la PGN lo que dijo la mamá y lo que quiere Marisol.",
        en = "Let Marisol talk to her mother, with the psychologist beside her. Then pass on to the PGN what her mother said and what Marisol wants.",
      },
    },
    choice {
      id = "reassure_mother_about_thursday",
      to = "return_planning",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizar a doña Felipa por medio de la intérprete: que no se preocupe, que el jueves el consulado le entrega a su hija en el puente.",
        en = "Reassure doña Felipa through the interpreter: she need not worry, on Thursday the consulate will hand her daughter over to her at the bridge.",
      },
      consequence = {
        es = "Doña Felipa se lo contó a toda la familia, también a Ovidio. Cuando la PGN y el juez decidieron otra cosa, sintió que las instituciones le habían robado a su hija.",
        en = "Doña Felipa told the whole family, Ovidio included. When the PGN and the judge decided otherwise, she felt the institutions had stolen her daughter.",
      },
    },
  },

  scene "return_planning" {
    text = {
      es = "Migración de México propone el retorno para el jueves: el bus de mujeres deportadas sale ese día y todavía tiene lugar. La licenciada Ortega aún no ha determinado el interés superior de Marisol, y la PGN no ha terminado de verificar a la familia. Usted tiene que proponer cómo sigue el caso, del albergue en Tapachula al puente de Tecún Umán.",
      en = "Mexico's migration authorities propose the return for Thursday: the bus for deported women leaves that day and still has seats. Licenciada Ortega has not yet determined Marisol's best interests, and the PGN has not finished checking the family. You have to propose how the case goes on, from the shelter in Tapachula to the bridge at Tecún Umán.",
    },
    prompt = {
      es = "¿Qué tiene que decidirse antes de que una niña cruce de regreso, y quién lo decide? Si vuelve, ¿quién debe estar esperándola, y quién no?",
      en = "What has to be decided before a child crosses back home, and who decides it? If she goes back, who must be waiting for her, and who must not?",
    },
    choice {
      id = "travel_with_her_to_the_pgn",
      to = "the_bridge",
      practice = { "best_interests_assessment", "accompanied_child_return" },
      set = { assessed = 1 },
      text = {
        es = "Pedir que el retorno espere a que la licenciada Ortega, con la PGN, determine su interés superior. Si vuelve, viajar con ella y la psicóloga y entregarla solo a la PGN.",
        en = "Ask for the return to wait until licenciada Ortega, with the PGN, has determined her best interests. If she goes back, travel with her and the psychologist and hand her only to the PGN.",
      },
      note = {
        es = "Volver no es, por sí solo, el final feliz. Antes del retorno se determina su interés superior: se la escucha, se verifica a la familia y se ven los riesgos de volver o de quedarse. Si se decide que vuelva, se sigue el protocolo de repatriación de Guatemala, que prepararon la PGN, la SVET, la SBS y otras instituciones, y la recibe la PGN.",
        en = "Going back is not, on its own, the happy ending. Before any return her best interests are determined: she is heard, the family is checked, and the risks of going back or staying are weighed. If it is decided that she goes back, Guatemala's repatriation protocol applies, drawn up by the PGN, the SVET, the SBS and other institutions, and the PGN receives her.",
      },
    },
    choice {
      id = "escort_her_on_thursday",
      to = "the_bridge",
      harm = "return_child_without_protocol",
      text = {
        es = "Aceptar la fecha del jueves, pero no el bus: viajar con ella y la psicóloga, y entregarla solo a la delegada de la PGN. Qué es lo mejor para ella lo decidirán la PGN y el juez cuando ya esté en Guatemala.",
        en = "Accept Thursday's date but not the bus: travel with her and the psychologist, and hand her only to the PGN delegate. What is best for her, the PGN and the judge will decide once she is in Guatemala.",
      },
      note = {
        es = "Que viaje acompañada y la reciba la PGN es necesario, pero no basta. Su interés superior se determina antes del retorno, con la autoridad mexicana de protección de la niñez y la PGN: si volver es lo mejor para ella, adónde y con quién.",
        en = "Travelling accompanied and being received by the PGN is necessary, but not enough. Her best interests are determined before the return, with the Mexican child-protection authority and the PGN: whether going back is best for her, where to and to whom.",
      },
      consequence = {
        es = "Marisol cruzó antes de que nadie determinara si volver era lo mejor para ella. En Guatemala hubo que decidir con prisa lo que debió decidirse antes de cruzar.",
        en = "Marisol crossed before anyone had determined whether going back was best for her. In Guatemala, what should have been decided before she crossed had to be decided in a hurry.",
      },
    },
    choice {
      id = "send_her_on_the_bus_with_a_referral",
      to = "alone_at_border",
      harm = "return_child_without_protocol",
      text = {
        es = "Mandarla en el bus de mujeres deportadas con un oficio de remisión, y avisarle por correo a la PGN para que la reciba al llegar.",
        en = "Send her on the deported women's bus with a referral letter, and email the PGN so that it can receive her when she arrives.",
      },
      consequence = {
        es = "El correo llegó a la PGN cuando el bus ya iba en camino. Marisol viajó entre adultas desconocidas y bajó en la frontera sin nadie a su lado. Lo primero que vio fue a su tío.",
        en = "The email reached the PGN when the bus was already on its way. Marisol travelled among adults she did not know and got off at the border with no one by her side. The first thing she saw was her uncle.",
      },
    },
  },

  scene "alone_at_border" {
    text = {
      es = "Mediodía en Tecún Umán. Marisol baja del bus sola, con una bolsa de plástico. Entre la gente, un hombre que dice ser su tío la llama por el nombre del DPI; lo acompaña otro hombre. Un colega del consulado que está en el puente lo llama a usted por teléfono: la delegada de la PGN no sabía que la niña venía en ese bus.",
      en = "Noon at Tecún Umán. Marisol gets off the bus alone, holding a plastic bag. In the crowd, a man who says he is her uncle calls her by the name on the DPI; another man is with him. A consulate colleague at the bridge phones you: the PGN delegate did not know the girl was on that bus.",
    },
    detail "with_bertas_husband" {
      indicator = "travels_with_non_relatives",
      text = {
        es = "Marisol le dice al colega que el otro hombre no es de su familia: es el esposo de la señora que la llevó a Tapachula.",
        en = "Marisol tells your colleague that the other man is not family: he is the husband of the woman who took her to Tapachula.",
      },
    },
    choice {
      id = "colleague_stays_with_her",
      to = "pgn_reception",
      practice = "joint_response_child_protection",
      note = {
        es = "El consulado no decide solo sobre una niña. En México actúa con la autoridad mexicana de protección de la niñez. En Guatemala, con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own. In Mexico it acts with the Mexican child-protection authority. In Guatemala it acts with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      effects = { safety = -1 },
      text = {
        es = "Pedirle al colega que se quede junto a Marisol y no la entregue a nadie, y llamar usted de urgencia a la delegada de la PGN.",
        en = "Ask your colleague to stay beside Marisol and hand her to no one, and call the PGN delegate urgently yourself.",
      },
    },
    choice {
      id = "check_his_dpi_and_release_her",
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Pedirle al colega que revise el DPI del hombre y, si de veras es su tío, que firme la entrega para que la niña no se quede sola.",
        en = "Ask your colleague to check the man's DPI and, if he really is her uncle, to sign the handover so that the girl is not left on her own.",
      },
      note = {
        es = "Que sea su tío no dice si es seguro para ella. Quién la recibe lo deciden la PGN y el juez, después de verificar qué papel tuvo cada adulto y de escucharla a ella.",
        en = "Being her uncle says nothing about whether he is safe for her. Who receives her is for the PGN and the judge to decide, after checking what part each adult played and hearing her.",
      },
      consequence = {
        es = "Marisol se fue con el tío que la había entregado a la tía Berta y con el esposo de la propia Berta. Nadie verificó nada más que un apellido.",
        en = "Marisol left with the uncle who had handed her to tía Berta, and with Berta's own husband. No one checked anything but a surname.",
      },
    },
  },

  scene "the_bridge" {
    text = {
      es = "Un jueves, a las once de la mañana, del lado guatemalteco del puente. Marisol camina entre usted y la psicóloga. Del otro lado de la valla, su tío Ovidio, con otro hombre a su lado, levanta la mano y grita: “¡Dora! ¡Aquí estoy!” Marisol se detiene y se agarra del brazo de la psicóloga. La delegada de la PGN, la licenciada Chávez, viene hacia ustedes.",
      en = "A Thursday, eleven in the morning, on the Guatemalan side of the bridge. Marisol walks between you and the psychologist. Beyond the fence her uncle Ovidio, with another man beside him, raises his hand and shouts: “Dora! Over here!” Marisol stops and grips the psychologist's arm. The PGN delegate, licenciada Chávez, is coming towards you.",
    },
    detail "hides_behind" {
      indicator = "travels_with_non_relatives",
      when = "trust >= 3",
      text = {
        es = "Marisol le dice a la psicóloga que el hombre que está con su tío es el esposo de la tía Berta.",
        en = "Marisol tells the psychologist that the man with her uncle is tía Berta's husband.",
      },
    },
    choice {
      id = "walk_on_to_licenciada_chavez",
      to = "pgn_reception",
      practice = { "accompanied_child_return", "best_interests_assessment" },
      text = {
        es = "Seguir con Marisol hasta la licenciada Chávez y entregársela solo a ella. Que un agente le diga al tío que eso lo trate con la PGN.",
        en = "Keep walking with Marisol to licenciada Chávez and hand her to her alone. Have an officer tell the uncle to take it up with the PGN.",
      },
    },
    choice {
      id = "check_kinship_and_hand_her_over",
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Pedirle al tío su DPI y la partida de nacimiento de la niña y, si el parentesco se comprueba, firmar el acta y entregársela a él.",
        en = "Ask the uncle for his DPI and the girl's birth certificate and, if the relationship checks out, sign the record and hand her over to him.",
      },
      note = {
        es = "Que sea su tío no dice si es seguro para ella. Quién la recibe lo deciden la PGN y el juez, después de verificar qué papel tuvo cada adulto y de escucharla a ella.",
        en = "Being her uncle says nothing about whether he is safe for her. Who receives her is for the PGN and the judge to decide, after checking what part each adult played and hearing her.",
      },
      consequence = {
        es = "Marisol fue entregada al tío que la había puesto en manos de la tía Berta, delante de la PGN y contra lo que ella había pedido.",
        en = "Marisol was handed to the uncle who had put her in tía Berta's hands, in front of the PGN and against what she had asked.",
      },
    },
    choice {
      id = "let_her_choose_in_front_of_him",
      to = "pgn_reception",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -2, safety = -2 },
      text = {
        es = "Esperar a la licenciada Chávez y acercarse con ella a la valla, para que Marisol diga delante de su tío con quién se quiere ir.",
        en = "Wait for licenciada Chávez and go up to the fence with her, so that Marisol can say in front of her uncle whom she wants to go with.",
      },
      note = {
        es = "Su opinión tiene que pesar, pero se le pregunta a solas y con apoyo, nunca delante de quien pudo haberla entregado: ahí no puede decir que no.",
        en = "Her view must weigh, but she is asked alone and with support, never in front of someone who may have handed her over: there she cannot say no.",
      },
      consequence = {
        es = "Delante del tío, Marisol no pudo decir que no. Calló, y desde ese día tuvo miedo por su mamá y sus hermanitos.",
        en = "In front of her uncle, Marisol could not say no. She fell silent, and from that day on she was afraid for her mother and her little brothers and sisters.",
      },
    },
  },

  scene "pgn_reception" {
    text = {
      es = "En la oficina de la PGN en Tecún Umán, la licenciada Chávez explica que pedirá al Juzgado de la Niñez medidas de protección y, mientras se decide, un lugar en un albergue. Un investigador de la Fiscalía contra la Trata de Personas llega y quiere tomarle a Marisol, ahí mismo, una declaración completa. Marisol pregunta cuándo va a poder ver a su mamá.",
      en = "At the PGN office in Tecún Umán, licenciada Chávez explains that she will ask the children's court for protection measures and, while that is decided, a place in a shelter. An investigator from the Fiscalía contra la Trata de Personas arrives and wants to take a full statement from Marisol, right there. Marisol asks when she will be able to see her mother.",
    },
    choice {
      id = "share_the_record_and_her_wishes",
      to = "protected",
      when = "safety >= 2 and trust >= 3 and assessed >= 1",
      practice = { "check_prior_interviews", "hear_child_views" },
      text = {
        es = "Darle al investigador, por la vía oficial, el acta de México, y pedir como máximo una entrevista más, planificada y con apoyo. Decirle a la PGN lo que quiere Marisol.",
        en = "Give the investigator the record from Mexico through official channels, and ask for one more interview at most, planned and supported. Tell the PGN what Marisol wants.",
      },
    },
    choice {
      id = "share_the_record_and_ask_for_her_views",
      to = "returned_before_deciding",
      when = "safety >= 2 and trust >= 3 and assessed < 1",
      practice = { "check_prior_interviews", "hear_child_views" },
      text = {
        es = "Darle al investigador, por la vía oficial, el acta de México, y pedir como máximo una entrevista más, planificada y con apoyo. Pedirle a la PGN que escuche a Marisol antes de decidir.",
        en = "Give the investigator the record from Mexico through official channels, and ask for one more interview at most, planned and supported. Ask the PGN to hear Marisol before deciding.",
      },
    },
    choice {
      id = "share_the_record_and_her_fears",
      to = "safe_but_afraid",
      when = "not (safety >= 2 and trust >= 3)",
      practice = { "check_prior_interviews", "hear_child_views" },
      text = {
        es = "Darle al investigador, por la vía oficial, el acta de México, y pedir como máximo una entrevista más, planificada y con apoyo. Decirle a la PGN lo que Marisol quiere y teme.",
        en = "Give the investigator the record from Mexico through official channels, and ask for one more interview at most, planned and supported. Tell the PGN what Marisol wants and fears.",
      },
    },
    choice {
      id = "statement_now_with_the_psychologist",
      to = "safe_but_weary",
      harm = "repeat_interview_of_child",
      text = {
        es = "Dejar que el investigador le tome la declaración ahora, con la psicóloga al lado, mientras todo está fresco y antes de que la gente de la tía Berta la busque.",
        en = "Let the investigator take her statement now, with the psychologist beside her, while it is all fresh and before tía Berta's people can get to her.",
      },
      consequence = {
        es = "Marisol contó otra vez, agotada, lo que ya había contado en México. Las diferencias entre un relato y otro se usaron después para dudar de ella.",
        en = "Exhausted, Marisol told again what she had already told in Mexico. The differences between the two accounts were later used to cast doubt on her.",
      },
    },
  },

  ending "protected" {
    outcome = "good",
    text = {
      es = "Antes del retorno, la licenciada Ortega y la PGN escucharon a Marisol y verificaron a su familia: se decidió que volviera, pero no a la casa del tío. El Juzgado de la Niñez dictó medidas de protección y Marisol pasó unas semanas en un albergue, donde su mamá la visitó con apoyo de la PGN. Doña Felipa había sido engañada; Ovidio y la tía Berta quedaron bajo investigación. Marisol volvió a vivir con su mamá y su abuela, lejos del tío, y se inscribió otra vez en la escuela. Volver no fue lo que la protegió: lo fue decidir antes, con ella, si volvía y con quién. Dice que quiere terminar el básico.",
      en = "Before the return, licenciada Ortega and the PGN heard Marisol and checked her family: it was decided that she would go back, but not to her uncle's house. The children's court ordered protection measures, and Marisol spent a few weeks in a shelter, where her mother visited her with the PGN's support. Doña Felipa had been deceived; Ovidio and tía Berta came under investigation. Marisol went back to live with her mother and grandmother, away from her uncle, and enrolled in school again. Going back was not what protected her: deciding first, with her, whether she went back and to whom was. She says she wants to finish lower secondary.",
    },
  },

  ending "returned_before_deciding" {
    outcome = "mixed",
    text = {
      es = "Marisol volvió acompañada y la recibió la PGN, pero cruzó antes de que nadie determinara si volver era lo mejor para ella. En Guatemala todo se decidió con prisa: semanas de albergue mientras se verificaba a la familia que debió verificarse antes. Está a salvo. Pero volver sin decidirlo antes no fue el final feliz que parecía.",
      en = "Marisol went back accompanied and the PGN received her, but she crossed before anyone had determined whether going back was best for her. In Guatemala everything was decided in a hurry: weeks in a shelter while the family was checked, as it should have been beforehand. She is safe. But going back without deciding it first was not the happy ending it seemed.",
    },
  },

  ending "safe_but_afraid" {
    outcome = "mixed",
    text = {
      es = "Marisol está protegida en un albergue por orden del Juzgado de la Niñez, pero tiene miedo: su tío y la gente de la tía Berta saben que volvió y que está protegida, y la familia ha recibido visitas. Pidió no volver a hablar del caso, y la investigación contra la tía Berta se estancó. Está a salvo; su familia, todavía no del todo.",
      en = "Marisol is protected in a shelter by order of the children's court, but she is afraid: her uncle and tía Berta's people know she is back and under protection, and the family has had visits. She asked not to talk about the case again, and the investigation into tía Berta stalled. She is safe; her family, not entirely yet.",
    },
  },

  ending "safe_but_weary" {
    outcome = "mixed",
    text = {
      es = "Marisol quedó bajo medidas de protección, pero cansada de que tantos adultos le pidieran contar lo mismo. Dejó de hablar con la fiscalía, y el caso contra quienes la explotaron se debilitó. Ella está a salvo; la justicia, todavía no llega.",
      en = "Marisol was placed under protection measures, but she was tired of so many adults asking her to tell the same story. She stopped talking to the prosecutor's office, and the case against those who exploited her weakened. She is safe; justice has not arrived yet.",
    },
  },

  ending "handed_to_uncle" {
    outcome = "bad",
    text = {
      es = "Marisol se fue con su tío Ovidio. Nunca llegó a la casa de su mamá. Semanas después, doña Felipa fue a la PGN a preguntar por su hija: la tía Berta le había dicho que la niña estaba trabajando “en otro lado”.",
      en = "Marisol left with her uncle Ovidio. She never reached her mother's house. Weeks later doña Felipa went to the PGN to ask about her daughter: tía Berta had told her the girl was working “somewhere else”.",
    },
  },
}
