-- The return of a 15-year-old Guatemalan girl from Tapachula to Tecún Umán. Marisol, her mother
-- doña Felipa, "tío" Ovidio, "tía" Berta, licenciada Chávez and the village of Los Cipresales are
-- fictional; the institutions are real.

return scenario {
  title = { es = "Marisol vuelve a casa", en = "Marisol goes home" },
  summary = {
    es = "Una adolescente guatemalteca encontrada trabajando en una tortillería de Tapachula trae un DPI que dice que tiene 19 años. Ella dice que tiene 15. Su regreso está en manos del consulado, y en la frontera alguien la espera.",
    en = "A Guatemalan teenager found working in a tortilla shop in Tapachula carries a DPI saying she is 19. She says she is 15. Her return is in the consulate's hands, and at the border someone is waiting for her.",
  },
  audience = "consular",
  minutes = 15,
  difficulty = 2,
  feedback = "immediate",
  objectives = {
    {
      es = "Aplicar la presunción de minoría de edad cuando un documento de adulta y lo que dice la niña no coinciden.",
      en = "Apply the presumption of minority when an adult's ID and what the girl says do not match.",
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
      es = "Coordinar con la PGN un retorno acompañado que cumpla las condiciones mínimas del protocolo de repatriación.",
      en = "Coordinate with the PGN an accompanied return that meets the repatriation protocol's minimum conditions.",
    },
  },
  content_note = {
    es = "Esta historia trata de la explotación laboral de una adolescente, del engaño a su familia y de su regreso. No hay descripciones explícitas, pero puede remover experiencias personales. Puede hacer una pausa en cualquier momento.",
    en = "This story deals with the labour exploitation of a teenage girl, the deception of her family and her return home. Nothing is described explicitly, but it may stir personal experiences. You can pause at any time.",
  },
  start = "call_from_shelter",
  vars = { trust = 1, safety = 2 },

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
      to = "shelter_visit",
      practice = "presume_minority",
      text = {
        es = "Pedir que la traten como niña mientras no se verifique su edad: que siga en el albergue y no en el bus de adultas. Abrir su caso como repatriación de una niña y avisar hoy mismo a la PGN.",
        en = "Ask that she be treated as a child until her age is verified: she stays in the shelter, not on the adults' bus. Open her case as the repatriation of a child, and notify the PGN today.",
      },
    },
    choice {
      to = "adult_bus",
      harm = "treat_as_adult_despite_doubt",
      effects = { trust = -1 },
      text = {
        es = "El DPI es un documento oficial: que se tramite como adulta y viaje mañana en el bus.",
        en = "The DPI is an official document: process her as an adult and let her travel on tomorrow's bus.",
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
      to = "shelter_visit",
      practice = "presume_minority",
      text = {
        es = "Sacarla de la lista: mientras no se verifique su edad, es una niña. Pedir que vuelva al albergue y avisar a la PGN.",
        en = "Take her off the list: until her age is verified, she is a child. Ask for her to go back to the shelter, and notify the PGN.",
      },
    },
    choice {
      to = "alone_at_border",
      harm = "return_child_without_protocol",
      text = {
        es = "Ya está todo tramitado. Que suba al bus; en la frontera ya verán.",
        en = "The paperwork is done. Let her get on the bus; they will sort it out at the border.",
      },
      consequence = {
        es = "Marisol viajó sola entre adultas desconocidas, sin nadie de protección de la niñez que la esperara al otro lado.",
        en = "Marisol travelled alone among adults she did not know, with no one from child protection waiting for her on the other side.",
      },
    },
  },

  scene "shelter_visit" {
    text = {
      es = "En el albergue, la coordinadora lo recibe con el expediente de Marisol y la constancia de la entrevista grabada el domingo. “Su formulario consular pide una declaración”, le dice la coordinadora. “¿Quiere que se la traiga para que le cuente todo?”",
      en = "At the shelter, the coordinator meets you with Marisol's file and a note of the interview recorded on Sunday. “Your consular form asks for a statement,” the coordinator says. “Shall I bring her so that she can tell you everything?”",
    },
    choice {
      to = "meeting_marisol",
      practice = "check_prior_interviews",
      effects = { trust = 1 },
      text = {
        es = "Pedir el acta de la entrevista por los canales oficiales y no repetirla. Con Marisol, hablar solo de lo que el consulado necesita para su regreso, con la psicóloga presente.",
        en = "Request the record of the interview through official channels and do not repeat it. With Marisol, talk only about what the consulate needs for her return, with the psychologist present.",
      },
    },
    choice {
      to = "retelling",
      harm = "repeat_interview_of_child",
      effects = { trust = -1 },
      text = {
        es = "Tomarle usted su propia declaración completa, desde el principio, para el expediente consular.",
        en = "Take your own full statement from her, from the beginning, for the consular file.",
      },
      consequence = {
        es = "Marisol tuvo que contar por segunda vez en dos días lo que había vivido, esta vez a un desconocido.",
        en = "Marisol had to tell what she had been through for the second time in two days, this time to a stranger.",
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
      to = "meeting_marisol",
      practice = "pause_and_support",
      text = {
        es = "Parar aquí, decirle que no tiene que contarlo otra vez, dejar que la psicóloga la acompañe y usar después el acta que ya existe.",
        en = "Stop here, tell her she does not have to tell it again, let the psychologist stay with her, and use the existing record afterwards.",
      },
    },
    choice {
      to = "meeting_marisol",
      harm = "press_for_details_of_abuse",
      effects = { trust = -1 },
      text = {
        es = "Pedirle que siga y precise fechas y detalles: las contradicciones pueden debilitar el caso.",
        en = "Ask her to go on and pin down dates and details: contradictions could weaken the case.",
      },
      consequence = {
        es = "Presionada, Marisol dio fechas que no recordaba bien. Sintió que no le creían, y esas diferencias quedaron en un papel.",
        en = "Under pressure, Marisol gave dates she did not remember well. She felt she was not believed, and those differences ended up on paper.",
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
      to = "her_account",
      practice = { "hear_child_views", "explain_confidentiality_limits" },
      effects = { trust = 1 },
      text = {
        es = "Explicarle con palabras sencillas quién es usted, qué va a pasar y que lo que cuente se compartirá con la PGN para protegerla, no con su familia. Preguntarle qué quiere ella y qué le da miedo.",
        en = "Explain in simple words who you are, what will happen, and that what she says will be shared with the PGN to protect her, not with her family. Ask her what she wants and what frightens her.",
      },
    },
    choice {
      to = "her_account",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizarla: “El domingo ya vas a estar en tu casa con tu mamá, te lo prometo.”",
        en = "Reassure her: “By Sunday you'll be home with your mum, I promise.”",
      },
      consequence = {
        es = "Esa promesa no dependía del consulado: el juez y la PGN tenían que decidir primero. Cuando el domingo llegó y Marisol seguía en un albergue, sintió que le habían mentido.",
        en = "That promise was not the consulate's to make: the judge and the PGN had to decide first. When Sunday came and Marisol was still in a shelter, she felt lied to.",
      },
    },
    choice {
      to = "her_account",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Preguntarle: “¿Y por qué te viniste con una señora que ni era de tu familia?”",
        en = "Ask her: “And why did you come away with a woman who wasn't even family?”",
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
      to = "uncle_calls",
      practice = "joint_response_child_protection",
      note = {
        es = "El consulado no decide solo sobre una niña: actúa junto con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own: it acts together with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      text = {
        es = "Pasarle el caso a la PGN por el canal del protocolo de repatriación, incluidas las dudas sobre la familia, para que sea la PGN, con el juez, quien evalúe con quién puede volver.",
        en = "Pass the case to the PGN through the repatriation protocol's channel, including the doubts about the family, so that the PGN, with the judge, assesses whom she can return to.",
      },
    },
    choice {
      to = "uncle_calls",
      text = {
        es = "Anotarlo en el expediente consular y esperar a que México fije la fecha del retorno.",
        en = "Note it in the consular file and wait for Mexico to set the date of her return.",
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
      to = "mother_call",
      practice = { "best_interests_assessment", "keep_confidentiality" },
      text = {
        es = "No decirle nada de lo que contó Marisol. Explicarle que, por protocolo, la niña se entrega a la PGN, anotar sus datos y pasárselos a la PGN para que verifique quién es y qué papel tuvo.",
        en = "Tell him nothing of what Marisol has said. Explain that, under the protocol, the child is handed to the PGN, take his details and pass them to the PGN so that it can check who he is and what part he played.",
      },
    },
    choice {
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Es familia y tiene transporte: acordar con él que la recoja el jueves en el puente.",
        en = "He is family and has transport: agree with him that he will collect her at the bridge on Thursday.",
      },
      consequence = {
        es = "Marisol fue entregada al tío que la había puesto en manos de la tía Berta, sin que nadie verificara nada y contra lo que ella había pedido.",
        en = "Marisol was handed to the uncle who had put her in tía Berta's hands, with nothing checked and against what she had asked.",
      },
    },
    choice {
      to = "mother_call",
      harm = "expose_identity",
      effects = { safety = -2 },
      text = {
        es = "Decirle que la niña ya contó que él recibió dinero, y que la PGN lo va a investigar.",
        en = "Tell him the girl has already said he received money, and that the PGN is going to investigate him.",
      },
      consequence = {
        es = "Desde esa llamada, el tío supo lo que Marisol había contado. Esa semana, la familia recibió la visita de la tía Berta.",
        en = "From that call on, the uncle knew what Marisol had said. That week, the family had a visit from tía Berta.",
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
      to = "return_planning",
      practice = { "hear_child_views", "joint_response_child_protection" },
      note = {
        es = "El consulado no decide solo sobre una niña: actúa junto con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own: it acts together with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      effects = { trust = 1 },
      text = {
        es = "Dejar que Marisol hable con su mamá, con la psicóloga al lado. Después, pasar a la PGN lo que dijo la mamá y lo que Marisol quiere: volver con su mamá, pero no a una casa donde esté su tío.",
        en = "Let Marisol talk to her mother, with the psychologist beside her. Afterwards, pass to the PGN what the mother said and what Marisol wants: to go back to her mother, but not to a house where her uncle lives.",
      },
    },
    choice {
      to = "return_planning",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Tranquilizar a doña Felipa: “El jueves se la entregamos en la frontera, señora, no se preocupe.”",
        en = "Reassure doña Felipa: “We'll hand her over to you at the border on Thursday, señora, don't worry.”",
      },
      consequence = {
        es = "Doña Felipa se lo contó a toda la familia, también a Ovidio. Cuando la PGN y el juez decidieron otra cosa, sintió que las instituciones le habían robado a su hija.",
        en = "Doña Felipa told the whole family, Ovidio included. When the PGN and the judge decided otherwise, she felt the institutions had stolen her daughter.",
      },
    },
  },

  scene "return_planning" {
    text = {
      es = "Las autoridades mexicanas fijan el retorno para el jueves. Usted tiene que organizar el viaje del albergue en Tapachula al puente fronterizo de Tecún Umán. El bus de mujeres deportadas sale ese mismo día y todavía tiene lugar.",
      en = "The Mexican authorities set the return for Thursday. You have to organise the journey from the shelter in Tapachula to the border bridge at Tecún Umán. The bus for deported women leaves that same day and still has seats.",
    },
    prompt = {
      es = "¿Qué condiciones deben cumplirse antes de que una niña cruce la frontera de regreso? ¿Quién debe estar esperándola, y quién no?",
      en = "What conditions must be met before a child crosses the border back home? Who must be waiting for her, and who must not?",
    },
    choice {
      to = "the_bridge",
      practice = "accompanied_child_return",
      text = {
        es = "Seguir el protocolo de repatriación: que viaje acompañada por la psicóloga del albergue y por usted, y que solo se entregue a la delegada de la PGN en Tecún Umán, que ya tiene previsto un lugar en un albergue y la solicitud al Juzgado de la Niñez.",
        en = "Follow the repatriation protocol: she travels accompanied by the shelter's psychologist and by you, and is handed only to the PGN delegate at Tecún Umán, who already has a shelter place ready and the application to the children's court.",
      },
    },
    choice {
      to = "alone_at_border",
      harm = "return_child_without_protocol",
      text = {
        es = "Mandarla en el bus de mujeres deportadas, que es más sencillo; al llegar, que la PGN la busque en la frontera.",
        en = "Send her on the bus with deported women, which is simpler; when she arrives, the PGN can look for her at the border.",
      },
      consequence = {
        es = "Marisol viajó entre adultas desconocidas y llegó a la frontera sin nadie a su lado. Lo primero que vio al bajar fue a su tío.",
        en = "Marisol travelled among adults she did not know and reached the border with no one by her side. The first thing she saw when she got off was her uncle.",
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
      to = "pgn_reception",
      practice = "joint_response_child_protection",
      note = {
        es = "El consulado no decide solo sobre una niña: actúa junto con la PGN, que recibe a la niñez retornada y pide al Juzgado de la Niñez las medidas de protección que hagan falta.",
        en = "The consulate does not decide about a child on its own: it acts together with the PGN, which receives returned children and asks the children's court for any protection measures needed.",
      },
      effects = { safety = -1 },
      text = {
        es = "Pedirle al colega que se quede junto a Marisol y no la entregue a nadie, y llamar de urgencia a la delegada de la PGN para que la reciba.",
        en = "Ask your colleague to stay beside Marisol and hand her to no one, and call the PGN delegate urgently to receive her.",
      },
    },
    choice {
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Ya que el tío está ahí, que se la lleve: es su familia.",
        en = "Since the uncle is there, let him take her: he is family.",
      },
      consequence = {
        es = "Marisol se fue con el tío que la había entregado a la tía Berta y con el esposo de la propia Berta. Nadie verificó nada.",
        en = "Marisol left with the uncle who had handed her to tía Berta, and with Berta's own husband. No one checked anything.",
      },
    },
  },

  scene "the_bridge" {
    text = {
      es = "Jueves, once de la mañana, del lado guatemalteco del puente. Marisol camina entre usted y la psicóloga. Del otro lado de la valla, su tío Ovidio, con otro hombre a su lado, levanta la mano y grita: “¡Dora! ¡Aquí estoy!” Marisol se detiene y se agarra del brazo de la psicóloga. La delegada de la PGN, la licenciada Chávez, viene hacia ustedes.",
      en = "Thursday, eleven in the morning, on the Guatemalan side of the bridge. Marisol walks between you and the psychologist. Beyond the fence her uncle Ovidio, with another man beside him, raises his hand and shouts: “Dora! Over here!” Marisol stops and grips the psychologist's arm. The PGN delegate, licenciada Chávez, is coming towards you.",
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
      to = "pgn_reception",
      practice = { "accompanied_child_return", "best_interests_assessment" },
      text = {
        es = "Seguir caminando con Marisol hasta la delegada de la PGN y entregársela solo a ella. Que un agente le indique al tío que su solicitud la atiende la PGN.",
        en = "Keep walking with Marisol to the PGN delegate and hand her to the delegate only. Have an officer tell the uncle that his request is a matter for the PGN.",
      },
    },
    choice {
      to = "handed_to_uncle",
      harm = "return_child_to_complicit_family",
      text = {
        es = "Es su tío y vino hasta aquí: firmar el acta y que se la lleve él, para ahorrarle a la niña el albergue.",
        en = "He is her uncle and he came all this way: sign the record and let him take her, to spare the girl the shelter.",
      },
      consequence = {
        es = "Marisol fue entregada al tío que la había puesto en manos de la tía Berta, delante de la PGN y contra lo que ella había pedido.",
        en = "Marisol was handed to the uncle who had put her in tía Berta's hands, in front of the PGN and against what she had asked.",
      },
    },
    choice {
      to = "pgn_reception",
      harm = "question_child_in_front_of_suspect",
      effects = { trust = -2, safety = -2 },
      text = {
        es = "Preguntarle ahí mismo, delante de su tío, si quiere irse con él, para que ella decida.",
        en = "Ask her right there, in front of her uncle, whether she wants to go with him, so that she can decide.",
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
      to = "protected",
      when = "safety >= 2 and trust >= 3",
      practice = { "check_prior_interviews", "hear_child_views" },
      text = {
        es = "Entregar al investigador, por la vía oficial, el acta de la entrevista grabada en México, y acordar que cualquier entrevista nueva sea una sola, planificada y con apoyo. Decirle a la PGN, delante de Marisol, lo que ella quiere: ver a su mamá, y no a su tío.",
        en = "Give the investigator, through official channels, the record of the interview recorded in Mexico, and agree that any new interview be a single, planned one, with support. Tell the PGN, in front of Marisol, what she wants: to see her mother, and not her uncle.",
      },
    },
    choice {
      to = "safe_but_afraid",
      when = "not (safety >= 2 and trust >= 3)",
      practice = { "check_prior_interviews", "hear_child_views" },
      text = {
        es = "Entregar al investigador, por la vía oficial, el acta de la entrevista grabada en México, y acordar una sola entrevista, planificada y con apoyo. Pasar a la PGN lo que Marisol quiere y lo que teme por su familia.",
        en = "Give the investigator, through official channels, the record of the interview recorded in Mexico, and agree on a single interview, planned and with support. Pass on to the PGN what Marisol wants and what she fears for her family.",
      },
    },
    choice {
      to = "safe_but_weary",
      harm = "repeat_interview_of_child",
      text = {
        es = "Dejar que el investigador le tome la declaración completa ahora, antes de que se le olvide.",
        en = "Let the investigator take her full statement now, before she forgets.",
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
      es = "El Juzgado de la Niñez dictó medidas de protección y Marisol pasó unas semanas en un albergue, donde su mamá la visitó con apoyo de la PGN. La PGN verificó que doña Felipa había sido engañada; Ovidio y la tía Berta quedaron bajo investigación. Marisol volvió a vivir con su mamá y su abuela, lejos del tío, y se inscribió otra vez en la escuela. Dice que quiere terminar el básico.",
      en = "The children's court ordered protection measures, and Marisol spent a few weeks in a shelter, where her mother visited her with the PGN's support. The PGN established that doña Felipa had been deceived; Ovidio and tía Berta came under investigation. Marisol went back to live with her mother and grandmother, away from her uncle, and enrolled in school again. She says she wants to finish lower secondary.",
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
