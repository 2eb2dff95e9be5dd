-- Good practices (what honours a principle) and harms (re-victimising acts that break one).
-- A harm's severity sets its cost in the debrief; a grave harm fails a run on its own. When the
-- person is a child, or may be one (the scenario's person.age), every harm counts as at least
-- serious, and child_severity = "grave" marks those that leave a child in exploitation, hand her
-- back, send her to detention or deportation, or question her in front of the suspect.

return {
  -- Good practices ---------------------------------------------------------------------------

  practice "prepare_operation" {
    principle = "who_know_risks",
    name = { es = "Preparar el operativo", en = "Prepare the operation" },
    explanation = {
      es = "Antes de entrar, tenga listos un intérprete neutral, el contacto del ERI y, si puede haber menores, la PGN; incluya agentes mujeres y acuerde que nadie será detenido antes de hablar a solas con cada persona.",
      en = "Before going in, line up a neutral interpreter, the ERI contact and, if minors may be present, the PGN; include women officers, and agree that no one is detained before each person has been spoken to alone.",
    },
    sources = { "23", "30", "59", "61" },
  },

  practice "separate_from_companion" {
    principle = "safe_interview_setting",
    name = { es = "Hablar con ella a solas", en = "Talk with her alone" },
    explanation = {
      es = "Separe a la persona de encargados, parejas o “parientes” y hable con ella en un lugar tranquilo, solo con quien haga falta.",
      en = "Separate the person from managers, partners or “relatives” and talk with her in a calm place, with only the people who are needed.",
    },
    sources = { "28", "31" },
  },

  practice "neutral_interpreter" {
    principle = "who_interpreters",
    name = { es = "Intérprete neutral", en = "Neutral interpreter" },
    explanation = {
      es = "Use un intérprete capacitado y sin vínculo con ella ni con su entorno, en persona o por teléfono, preparado de antemano; ofrézcale elegir entre un hombre y una mujer.",
      en = "Use a trained interpreter with no link to her or the people around her, in person or by phone, briefed beforehand; offer her the choice of a man or a woman.",
    },
    sources = { "30" },
  },

  practice "explain_confidentiality_limits" {
    principle = "who_confidentiality",
    name = { es = "Explicar los límites de la confidencialidad", en = "Explain the limits of confidentiality" },
    explanation = {
      es = "Diga al comienzo qué quedará en reserva y qué está usted obligado a informar, para que ella decida qué contar.",
      en = "Say at the start what will stay confidential and what you are obliged to report, so that she can decide what to tell you.",
    },
    sources = { "31", "28" },
  },

  practice "informed_consent" {
    principle = "who_informed_consent",
    name = { es = "Pedir su consentimiento informado", en = "Ask for informed consent" },
    explanation = {
      es = "Explique quién es usted y para qué es la conversación, y dígale que puede no contestar, parar en cualquier momento y decidir cómo se usa lo que cuente.",
      en = "Explain who you are and what the conversation is for, and tell her she may decline a question, stop at any moment and decide how what she says is used.",
    },
    sources = { "28" },
  },

  practice "no_promises" {
    principle = "who_referral_no_promises",
    name = { es = "Prometer solo lo que puede cumplir", en = "Promise only what you can deliver" },
    explanation = {
      es = "Explique con honestidad qué puede pasar después y qué no depende de usted, y dele contactos de ayuda en su idioma.",
      en = "Explain honestly what may happen next and what is not in your hands, and give her contacts for help in her own language.",
    },
    sources = { "28" },
  },

  practice "respect_her_assessment" {
    principle = "who_own_assessment",
    name = { es = "Respetar su evaluación y sus decisiones", en = "Respect her assessment and her choices" },
    explanation = {
      es = "Pregúntele qué teme y qué quiere, y construya los pasos siguientes con ella. Si una mujer adulta no acepta ayuda, déjele una forma segura de volver a buscarla.",
      en = "Ask her what she fears and what she wants, and build the next steps with her. If an adult declines help, leave her a safe way to reach out later.",
    },
    sources = { "28", "72" },
  },

  practice "presume_minority" {
    principle = "presumption_of_minority",
    name = { es = "Presumir la minoría de edad", en = "Presume minority" },
    explanation = {
      es = "Si hay dudas sobre su edad y puede ser menor de 18 años, trátela como niña desde ese momento: procedimientos para la niñez, la PGN presente y nada de detención.",
      en = "If her age is in doubt and she may be under 18, treat her as a child from that moment: child-appropriate procedures, the PGN involved and no detention.",
    },
    sources = { "33", "22", "59" },
  },

  practice "joint_response_child_protection" {
    principle = "best_interests_of_the_child",
    name = { es = "Respuesta conjunta con protección de la niñez", en = "Joint response with child protection" },
    explanation = {
      es = "La policía actúa junto con el personal de protección de la niñez. En Guatemala, la PGN recibe a niñas y niños y pide medidas de protección a los juzgados de la niñez.",
      en = "Police act together with child-protection staff. In Guatemala the PGN takes charge of children and asks the children's courts for protection measures.",
    },
    sources = { "28", "59" },
  },

  practice "best_interests_assessment" {
    principle = "best_interests_of_the_child",
    name = { es = "Evaluar el interés superior", en = "Assess the child's best interests" },
    explanation = {
      es = "No entregue a una niña a nadie de forma automática, ni siquiera a un familiar. Verifique quiénes son los adultos, escuche a la niña y deje que la PGN y el juez decidan sobre tutela, familia o albergue.",
      en = "Do not hand a child over to anyone automatically, not even to a relative. Check who the adults are, listen to the child, and let the PGN and the judge decide on guardianship, family or shelter.",
    },
    sources = { "34", "35", "47", "51" },
  },

  practice "check_prior_interviews" {
    principle = "who_no_retraumatise",
    name = { es = "Verificar entrevistas anteriores", en = "Check for earlier interviews" },
    explanation = {
      es = "Averigüe qué ha contado ya y qué quedó registrado, y coordine para que a una niña no se la interrogue otra vez sobre lo mismo.",
      en = "Find out what she has already told and what was recorded, and coordinate so that a child is not questioned again about the same events.",
    },
    sources = { "28" },
  },

  practice "pause_and_support" {
    principle = "who_no_retraumatise",
    name = { es = "Hacer una pausa y ofrecer apoyo", en = "Pause and offer support" },
    explanation = {
      es = "Si se angustia, deje las preguntas, reconozca lo que siente y ofrézcale apoyo psicológico; el relato puede esperar.",
      en = "If she becomes distressed, stop the questions, acknowledge what she feels and offer psychological support; the account can wait.",
    },
    sources = { "28", "31" },
  },

  practice "listen_without_blame" {
    principle = "no_blame",
    name = { es = "Escuchar sin culpar", en = "Listen without blame" },
    explanation = {
      es = "Pregunte de forma abierta qué pasó, no por qué lo “permitió”, y dígale con claridad que lo que le hicieron no es culpa suya.",
      en = "Ask openly what happened, not why she “let it happen”, and tell her clearly that what was done to her is not her fault.",
    },
    sources = { "43", "44" },
  },

  practice "non_punishment" {
    principle = "non_punishment",
    name = { es = "Aplicar la no punibilidad", en = "Apply non-punishment" },
    explanation = {
      es = "Trate los documentos falsos u otras faltas ligadas a su explotación como evidencia contra quienes la explotan, y explíquele que la ven como posible víctima, no como sospechosa.",
      en = "Treat false documents or other offences linked to her exploitation as evidence against those who exploit her, and explain that she is seen as a possible victim, not a suspect.",
    },
    sources = { "36", "37", "S" },
  },

  practice "screen_before_detention" {
    principle = "who_do_no_harm",
    name = { es = "Identificar antes de detener o deportar", en = "Screen before detaining or deporting" },
    explanation = {
      es = "Antes de cualquier detención o entrega a Migración, hable a solas con cada persona para saber si puede ser víctima. Las víctimas que no se identifican terminan detenidas o deportadas como migrantes irregulares.",
      en = "Before any detention or handover to the migration authorities, talk to each person alone to find out whether they may be a victim. Victims who are not identified end up detained or deported as irregular migrants.",
    },
    sources = { "91", "25" },
  },

  practice "refer_to_services" {
    principle = "referral",
    name = { es = "Derivar a servicios", en = "Refer to services" },
    explanation = {
      es = "Explíquele sus opciones y, con su acuerdo (si es menor, con la PGN), derívela por medio del ERI a albergue, salud, apoyo psicológico y asesoría legal.",
      en = "Explain her options and, with her agreement (for a child, with the PGN), refer her through the ERI to shelter, health care, psychological support and legal advice.",
    },
    sources = { "61", "91", "38" },
  },

  practice "keep_confidentiality" {
    principle = "who_confidentiality",
    name = { es = "Proteger su identidad", en = "Protect her identity" },
    explanation = {
      es = "No revele, delante de otros ni en registros públicos, quién habló ni qué dijo; trate a todas las personas igual para que nadie quede señalada.",
      en = "Do not reveal, in front of others or in public records, who spoke or what she said; treat everyone the same way so that no one is singled out.",
    },
    sources = { "28", "47" },
  },

  practice "distinguish_smuggling_trafficking" {
    principle = "trafficking_vs_smuggling",
    name = { es = "Distinguir tráfico ilícito de trata", en = "Tell smuggling from trafficking" },
    explanation = {
      es = "Si alguien fue trasladado por un coyote, pregunte también qué le espera o qué le pasó al llegar: deudas, trabajo, libertad para irse. El tráfico puede volverse trata.",
      en = "If someone was smuggled, also ask what awaits them or what happened on arrival: debts, work, freedom to leave. Smuggling can turn into trafficking.",
    },
    sources = { "2", "90" },
  },

  practice "safety_plan" {
    principle = "who_emergency",
    name = { es = "Plan de seguridad", en = "Safety plan" },
    explanation = {
      es = "Planifique con ella cómo salir sin riesgo, qué necesita llevarse y qué hacer si ella o su familia reciben amenazas; tenga a mano los contactos de emergencia.",
      en = "Plan with her how to leave safely, what she needs to take, and what to do if she or her family are threatened; keep emergency contacts at hand.",
    },
    sources = { "28" },
  },

  practice "report_to_authorities" {
    principle = "who_good_use",
    name = { es = "Informar a la autoridad competente", en = "Report to the competent authority" },
    explanation = {
      es = "Pase lo que encontró a la Fiscalía contra la Trata de Personas del Ministerio Público y, si hay menores, a la PGN, para que sirva para protegerla a ella y a otras personas.",
      en = "Pass what you found to the Public Ministry's Fiscalía contra la Trata de Personas and, where children are involved, to the PGN, so that it serves to protect her and others.",
    },
    sources = { "62", "59" },
  },

  -- Harms --------------------------------------------------------------------------------------

  harm "arrest_victim" {
    principle = "non_punishment",
    severity = "grave",
    name = { es = "Detener o multar a las víctimas", en = "Arresting or fining victims" },
    instead = {
      es = "Trate a las personas que encuentre como posibles víctimas, hable con cada una a solas y detenga solo a quienes se sospeche que explotan a otras.",
      en = "Treat the people you find as possible victims, talk with each one alone, and detain only those suspected of exploiting others.",
    },
    explanation = {
      es = "Detener a quienes son explotadas las castiga por lo que les hicieron, confirma lo que sus explotadores les dijeron de la policía y hace menos probable que hablen.",
      en = "Arresting the people being exploited punishes them for what was done to them, confirms what their exploiters told them about the police, and makes them less likely to speak.",
    },
    sources = { "36", "S", "24" },
  },

  harm "charge_victim_for_offences" {
    principle = "non_punishment",
    severity = "grave",
    name = { es = "Acusarla por delitos ligados a su explotación", en = "Charging her for offences linked to her exploitation" },
    instead = {
      es = "Registre el documento falso u otra falta como evidencia contra quienes se lo impusieron, y trátela como posible víctima.",
      en = "Record the false document or other offence as evidence against those who imposed it, and treat her as a possible victim.",
    },
    explanation = {
      es = "Los tratantes a veces empujan a sus víctimas a cometer delitos para controlarlas. Acusarla completa ese control y la disuade de declarar.",
      en = "Traffickers sometimes push their victims into offences to control them. Charging her completes that control and discourages her from testifying.",
    },
    sources = { "36", "37" },
  },

  harm "deport_before_screening" {
    principle = "who_do_no_harm",
    severity = "grave",
    name = { es = "Deportar sin antes identificar", en = "Deporting before screening" },
    instead = {
      es = "Hable a solas con cada persona sin papeles antes de decidir cualquier detención o deportación.",
      en = "Talk alone with each person without papers before any decision on detention or deportation.",
    },
    explanation = {
      es = "Una víctima deportada sin que nadie la escuche pierde toda protección, puede volver a manos de quienes la captaron y el delito queda sin investigar.",
      en = "A victim deported without anyone listening to her loses all protection, may be returned into the hands of those who recruited her, and the crime goes uninvestigated.",
    },
    sources = { "91", "25", "10" },
  },

  harm "question_child_in_front_of_suspect" {
    principle = "best_interests_of_the_child",
    severity = "grave",
    name = { es = "Interrogar a una niña frente a un posible tratante", en = "Questioning a child in front of a possible trafficker" },
    instead = {
      es = "Mantenga a la niña lejos de cualquier adulto que pueda estar implicado, y que el personal de protección de la niñez participe en cualquier entrevista.",
      en = "Keep the child away from any adult who may be involved, and have child-protection staff take part in any interview.",
    },
    explanation = {
      es = "Delante de quien la controla, una niña no puede hablar con libertad, y lo que diga puede costarle castigos después.",
      en = "In front of the person who controls her, a child cannot speak freely, and whatever she says may be punished later.",
    },
    sources = { "28" },
  },

  harm "return_child_to_complicit_family" {
    principle = "best_interests_of_the_child",
    severity = "grave",
    name = { es = "Entregar a la niña a “familiares” sin verificar", en = "Handing a child to “relatives” without checking" },
    instead = {
      es = "Deje que la PGN y el juez decidan, después de verificar quiénes son los adultos y de escuchar a la niña.",
      en = "Let the PGN and the judge decide, after checking who the adults are and hearing the child.",
    },
    explanation = {
      es = "Ha habido niñas y niños devueltos a parientes que participaban en su explotación. Una entrega automática puede devolverla a quienes le hicieron daño.",
      en = "Children have been sent back to relatives who took part in their exploitation. An automatic handover can return her to the very people who harmed her.",
    },
    sources = { "51", "57", "S" },
  },

  harm "interview_in_front_of_companion" {
    principle = "safe_interview_setting",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Entrevistarla delante de su acompañante", en = "Interviewing her in front of her companion" },
    instead = {
      es = "Hable con ella a solas, lejos del encargado, la pareja o el “pariente”.",
      en = "Talk with her alone, away from the manager, partner or “relative”.",
    },
    explanation = {
      es = "Con quien la controla escuchando, repetirá lo que le enseñaron a decir, y cualquier otra cosa puede costarle un castigo.",
      en = "With the person who controls her listening, she will repeat what she was taught to say, and anything else may cost her a punishment.",
    },
    sources = { "28" },
  },

  harm "companion_interprets" {
    principle = "who_interpreters",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Usar de intérprete a alguien de su entorno", en = "Letting someone close to her interpret" },
    instead = {
      es = "Use un intérprete neutral y capacitado, en persona o por teléfono.",
      en = "Use a neutral, trained interpreter, in person or by phone.",
    },
    explanation = {
      es = "Una compañera de trabajo, un familiar o cualquiera ligado al lugar puede filtrar sus palabras, contarlas a otros o asustarla para que calle.",
      en = "A co-worker, a relative or anyone tied to the workplace may filter her words, pass them on, or frighten her into silence.",
    },
    sources = { "30" },
  },

  harm "expose_identity" {
    principle = "who_confidentiality",
    severity = "serious",
    name = { es = "Exponer su identidad", en = "Exposing her identity" },
    instead = {
      es = "Mantenga en reserva quién habló y qué dijo, y trate a todas igual delante de los demás.",
      en = "Keep who spoke and what she said confidential, and treat everyone the same in front of others.",
    },
    explanation = {
      es = "Cuando otros saben que habló, ella y su familia quedan expuestas a represalias, y las demás víctimas aprenden que hablar es peligroso.",
      en = "Once others know she talked, she and her family are exposed to reprisals, and other victims learn that speaking up is dangerous.",
    },
    sources = { "28", "47" },
  },

  harm "promise_you_cannot_keep" {
    principle = "who_referral_no_promises",
    severity = "serious",
    name = { es = "Prometer lo que no puede cumplir", en = "Making promises you cannot keep" },
    instead = {
      es = "Explique con honestidad qué puede pasar y qué no depende de usted.",
      en = "Explain honestly what may happen and what is not in your hands.",
    },
    explanation = {
      es = "Cuando la promesa se rompe, ella aprende que no puede confiar en las autoridades y puede retirarse del proceso.",
      en = "When the promise breaks, she learns that officials cannot be trusted, and she may withdraw from the process.",
    },
    sources = { "28" },
  },

  harm "repeat_interview_of_child" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Volver a entrevistar a una niña", en = "Re-interviewing a child" },
    instead = {
      es = "Averigüe qué quedó registrado y coordine una sola entrevista con la fiscalía y la PGN.",
      en = "Find out what has already been recorded and coordinate a single interview with the prosecutor's office and the PGN.",
    },
    explanation = {
      es = "Cada vez que lo cuenta, lo vuelve a vivir, y las pequeñas diferencias entre relatos pueden usarse luego contra su palabra.",
      en = "Each retelling makes her live it again, and small differences between accounts can later be used against her word.",
    },
    sources = { "28" },
  },

  harm "blaming_question" {
    principle = "no_blame",
    severity = "serious",
    name = { es = "Preguntas que la culpan", en = "Blaming questions" },
    instead = {
      es = "Pregunte de forma abierta qué pasó y dígale que no es culpa suya.",
      en = "Ask openly what happened and tell her it is not her fault.",
    },
    explanation = {
      es = "Preguntas como “¿por qué aceptó?” o “¿no sabía?” aumentan su vergüenza y le dicen que usted la ve como responsable.",
      en = "Questions like “why did you agree?” or “didn't you know?” add to her shame and tell her that you see her as responsible.",
    },
    sources = { "43", "44" },
  },

  harm "ignore_her_safety_assessment" {
    principle = "who_own_assessment",
    severity = "serious",
    name = { es = "Ignorar lo que ella dice de su seguridad", en = "Ignoring her own safety assessment" },
    instead = {
      es = "Pregúntele qué teme y planifique con ella los pasos siguientes.",
      en = "Ask her what she fears and plan the next steps with her.",
    },
    explanation = {
      es = "Ella conoce los riesgos para sí y para su familia; actuar en contra de lo que dice puede ponerlos en peligro y empujarla de vuelta hacia quienes la explotan.",
      en = "She knows the risks to herself and her family; acting against her view can put them in danger and push her back towards those who exploit her.",
    },
    sources = { "28" },
  },

  harm "treat_everyone_as_offender" {
    principle = "no_profiling",
    severity = "serious",
    name = { es = "Tratar a todas como delincuentes", en = "Treating everyone as an offender" },
    instead = {
      es = "Planifique el operativo para hablar con cada persona a solas, separando a las trabajadoras de quienes las controlan.",
      en = "Plan the operation around talking to each person alone, separating the workers from the people who control them.",
    },
    explanation = {
      es = "Las filas contra la pared y las detenciones masivas asustan a las víctimas hasta el silencio y traen abusos; las redadas de este tipo han resultado una mala forma de encontrar víctimas.",
      en = "Lineups and mass arrests frighten victims into silence and bring rights violations; raids of this kind have proved a poor way of finding victims.",
    },
    sources = { "23", "24" },
  },

  harm "press_for_details_of_abuse" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Presionar por detalles del abuso", en = "Pressing for details of abuse" },
    instead = {
      es = "Deje que cuente lo que ella elija; el relato detallado corresponde a una entrevista planificada, con apoyo presente.",
      en = "Let her tell what she chooses; a detailed account belongs in a planned interview, with support present.",
    },
    explanation = {
      es = "Exigirle detalles íntimos la hace revivir lo peor y casi nunca ayuda a identificarla en ese momento.",
      en = "Demanding intimate details makes her relive the worst of it and rarely helps to identify her at that stage.",
    },
    sources = { "28", "31" },
  },

  harm "no_explanation_of_confidentiality_limits" {
    principle = "who_confidentiality",
    severity = "minor",
    name = { es = "No explicar los límites de la confidencialidad", en = "Not explaining the limits of confidentiality" },
    instead = {
      es = "Diga al comienzo qué tiene que informar y qué queda en reserva.",
      en = "Say at the start what you must report and what stays confidential.",
    },
    explanation = {
      es = "Si después descubre que lo que contó se transmitió a otros sin que se lo dijeran, puede sentirse traicionada y dejar de confiar en todo el proceso.",
      en = "If she later discovers that what she said was passed on without her being told, she may feel betrayed and stop trusting the whole process.",
    },
    sources = { "31" },
  },

  harm "treat_as_adult_despite_doubt" {
    principle = "presumption_of_minority",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Tratarla como adulta pese a la duda", en = "Treating her as an adult despite the doubt" },
    instead = {
      es = "Trátela como niña hasta que se verifique su edad y dé intervención a la PGN.",
      en = "Treat her as a child until her age is verified, and bring in the PGN.",
    },
    explanation = {
      es = "A muchas menores les dan documentos de adulta y les cuesta admitir su edad. Tratadas como adultas, pierden la protección que la ley da a la niñez.",
      en = "Many minors are given adult papers and are reluctant to admit their age. Treated as adults, they lose the protection the law gives to children.",
    },
    sources = { "33", "22", "S" },
  },

  harm "profile_by_appearance" {
    principle = "no_profiling",
    severity = "serious",
    name = { es = "Sospechar por apariencia u origen", en = "Profiling by appearance or origin" },
    instead = {
      es = "Fíjese en conductas y circunstancias que indiquen control o explotación.",
      en = "Look for behaviour and circumstances that point to control or exploitation.",
    },
    explanation = {
      es = "Sospechar de alguien por su etnia, su ropa, su idioma o su nacionalidad es discriminación, no encuentra víctimas y daña la confianza en la policía.",
      en = "Suspecting someone because of their ethnicity, clothes, language or nationality is discrimination, does not find victims and damages trust in the police.",
    },
    sources = { "21", "47", "22" },
  },

  harm "force_return" {
    principle = "who_own_assessment",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Obligar a una adulta a regresar", en = "Forcing an adult to return" },
    instead = {
      es = "Explíquele sus opciones, respete su decisión y déjele una forma de contactar al consulado o a los servicios.",
      en = "Explain her options, respect her decision and leave her a way to contact the consulate or services.",
    },
    explanation = {
      es = "Una adulta tiene derecho a decidir; un retorno forzado puede devolverla adonde empezó el peligro y cerrarle la puerta a más ayuda.",
      en = "An adult has the right to decide; a forced return can send her back to where the danger began and close the door to further help.",
    },
    sources = { "72", "28" },
  },

  harm "treat_as_smuggling_only" {
    principle = "trafficking_vs_smuggling",
    severity = "serious",
    name = { es = "Verlo solo como tráfico de migrantes", en = "Treating it as smuggling only" },
    instead = {
      es = "Pregunte para qué era el viaje y qué esperaba al llegar: deudas, trabajo, quién guarda los documentos.",
      en = "Ask what the journey was for and what was expected on arrival: debts, work, who keeps the documents.",
    },
    explanation = {
      es = "Cerrar el caso como tráfico ilícito deja sin ver la explotación planeada o ya en marcha, y la persona termina tratada como infractora migratoria.",
      en = "Closing the case as smuggling misses any exploitation that is planned or already under way, and the person ends up treated as a migration offender.",
    },
    sources = { "2", "90" },
  },

  harm "leave_without_referral" {
    principle = "referral",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Irse sin derivar ni dejar información", en = "Leaving without referral or information" },
    instead = {
      es = "Dele con discreción información sobre dónde pedir ayuda y pase sus sospechas a la fiscalía para que se active el ERI.",
      en = "Discreetly give her information on where to get help, and pass your concerns to the prosecutor's office so that the ERI can be activated.",
    },
    explanation = {
      es = "Sin un contacto ni una derivación, no tiene cómo volver a pedir ayuda cuando esté lista, y lo que usted vio se pierde.",
      en = "Without a contact or a referral she has no way back to help when she is ready, and what you saw is lost.",
    },
    sources = { "61", "28" },
  },

  harm "dismiss_because_she_consented" {
    principle = "consent_irrelevant",
    severity = "serious",
    name = { es = "Descartar el caso porque “ella aceptó”", en = "Dismissing the case because “she agreed”" },
    instead = {
      es = "Fíjese en cómo la captaron y en qué puede decidir ahora: el engaño, la deuda o las amenazas anulan su consentimiento, y el de una menor nunca cuenta.",
      en = "Look at how she was recruited and what she can decide now: deception, debt or threats cancel her consent, and a child's consent never counts.",
    },
    explanation = {
      es = "Algunas víctimas aceptaron un trabajo pero no las condiciones que encontraron; tomar ese “sí” como el final del asunto deja intacta la explotación.",
      en = "Some victims agreed to a job but not to the conditions they found; taking that “yes” as the end of the matter leaves the exploitation untouched.",
    },
    sources = { "1", "2", "S" },
  },

  practice "assisted_return_protocol" {
    principle = "referral",
    name = { es = "Retorno asistido, solo si ella lo decide", en = "Assisted return, only if she chooses it" },
    explanation = {
      es = "Si una adulta decide regresar, coordine el retorno con las instituciones de Guatemala según el protocolo de repatriación, que fija condiciones mínimas antes de cualquier retorno. Asegúrese, con ella, de que alguien la recibirá y tendrá apoyo al llegar; nada se hace sin su acuerdo. Si decide no regresar, déjele el contacto del consulado.",
      en = "If an adult decides to go back, coordinate the return with Guatemala's institutions under the repatriation protocol, which sets minimum conditions before any return. Make sure, with her, that someone will receive her and that she will have support on arrival; nothing is done without her agreement. If she decides not to go back, leave her the consulate's contact.",
    },
    sources = { "60", "41", "72" },
  },

  practice "accompanied_child_return" {
    principle = "best_interests_of_the_child",
    name = { es = "Retorno acompañado y coordinado con la PGN", en = "Accompanied return, coordinated with the PGN" },
    explanation = {
      es = "Una niña no regresa sola ni con cualquier adulto. Siga el protocolo de repatriación, que fija condiciones mínimas antes de cualquier retorno, y asegúrese de que viaje acompañada por personal de protección o consular y se entregue a la PGN, que en Tecún Umán recibe a la niñez retornada y, si hace falta, pide medidas de protección a un Juzgado de la Niñez.",
      en = "A child does not go back alone or with just any adult. Follow the repatriation protocol, which sets minimum conditions before any return, and make sure she travels accompanied by protection or consular staff and is handed to the PGN, which receives returned children at Tecún Umán and, where needed, asks a children's court for protection measures.",
    },
    sources = { "60", "59", "35" },
  },

  practice "hear_child_views" {
    principle = "best_interests_of_the_child",
    name = { es = "Escuchar la opinión de la niña", en = "Hear the child's views" },
    explanation = {
      es = "Pregúntele qué quiere, qué teme y con quién se siente segura, explíquele en palabras sencillas lo que va a pasar y tome en cuenta lo que dice. Su opinión no decide sola, pero debe pesar en cada decisión sobre ella.",
      en = "Ask her what she wants, what she fears and whom she feels safe with, explain in simple words what will happen, and take what she says into account. Her view does not decide alone, but it must weigh in every decision about her.",
    },
    sources = { "34", "47" },
  },

  harm "return_child_without_protocol" {
    principle = "best_interests_of_the_child",
    severity = "serious",
    child_severity = "grave",
    name = { es = "Devolver a una niña sin el protocolo", en = "Returning a child outside the protocol" },
    instead = {
      es = "Coordine el retorno con la PGN y haga que viaje acompañada y se entregue a la PGN en la frontera.",
      en = "Coordinate the return with the PGN, and have her travel accompanied and be handed to the PGN at the border.",
    },
    explanation = {
      es = "Mandarla en un bus o con un grupo de adultos deportados, sin nadie que la reciba, la deja sola en la frontera, al alcance de quienes la captaron y fuera de toda medida de protección.",
      en = "Sending her on a bus or with a group of deported adults, with no one to receive her, leaves her alone at the border, within reach of those who recruited her and outside any protection measure.",
    },
    sources = { "60", "59", "35" },
  },

  practice "assess_risks_before_acting" {
    principle = "who_know_risks",
    name = { es = "Evaluar los riesgos antes de actuar", en = "Assess the risks before acting" },
    explanation = {
      es = "Antes de ir, reúna lo que ya se sabe: qué vio quien avisó, quién vive en la casa, si ya hubo denuncias o entrevistas, y qué le puede pasar a ella si quien la controla se entera. Con eso decida quién va, con quién y dónde hablar con ella.",
      en = "Before going, gather what is already known: what the person who called saw, who lives in the house, whether there have been earlier reports or interviews, and what could happen to her if whoever controls her finds out. Use that to decide who goes, with whom, and where to talk with her.",
    },
    sources = { "28", "29" },
  },

  practice "act_on_imminent_danger" {
    principle = "who_emergency",
    name = { es = "Actuar ante un peligro inmediato", en = "Act on imminent danger" },
    explanation = {
      es = "Si lo que dice o lo que se ve muestra que corre un peligro inmediato, no la deje volver a ese lugar. Explíquele qué va a pasar y por qué, llévela a un lugar seguro y, si es menor, que la PGN pida medidas de protección al juzgado de la niñez.",
      en = "If what she says or what you can see shows she is in imminent danger, do not let her go back to that place. Explain what will happen and why, take her somewhere safe and, for a child, have the PGN ask the children's court for protection measures.",
    },
    sources = { "28", "59" },
  },

  harm "leave_in_danger" {
    principle = "who_emergency",
    severity = "grave",
    name = { es = "Dejarla en un peligro inmediato", en = "Leaving her in imminent danger" },
    instead = {
      es = "Si hay señales de peligro inmediato, actúe en ese momento: llévela a un lugar seguro y, si es menor, pida con la PGN medidas de protección.",
      en = "If there are signs of imminent danger, act there and then: take her somewhere safe and, for a child, ask for protection measures with the PGN.",
    },
    explanation = {
      es = "Dejarla volver “hasta mañana” después de una visita de la policía la expone justo cuando quien la maltrata sabe que alguien hizo preguntas.",
      en = "Letting her go back “until tomorrow” after a police visit exposes her at the very moment the person mistreating her knows that someone has been asking questions.",
    },
    sources = { "28" },
  },

  practice "challenge_blame" {
    principle = "no_blame",
    name = { es = "Decir que nunca es culpa de la víctima", en = "Speak up against blame" },
    explanation = {
      es = "Cuando alguien culpa a las muchachas engañadas o explotadas, diga con calma que la trata nunca es culpa de la víctima. La culpa aumenta la vergüenza, y la vergüenza aleja de la ayuda.",
      en = "When someone blames girls who were deceived or exploited, say calmly that trafficking is never the victim's fault. Blame deepens shame, and shame keeps people away from help.",
    },
    sources = { "43", "44" },
  },

  practice "check_the_offer" {
    principle = "who_know_risks",
    name = { es = "Verificar la oferta", en = "Check the offer" },
    explanation = {
      es = "Antes de aceptar un trabajo, averigüe quién lo ofrece: el nombre y la dirección reales de la empresa, un contrato por escrito, gente que la conozca. Desconfíe de una paga muy alta sin estudios ni experiencia, y del viaje pagado “a cuenta” del sueldo.",
      en = "Before accepting a job, find out who is offering it: the company's real name and address, a written contract, people who know it. Be wary of very high pay with no schooling or experience needed, and of travel paid for “on account” of wages.",
    },
    sources = { "68", "66", "67", "14" },
  },

  practice "let_her_lead" {
    principle = "who_no_retraumatise",
    name = { es = "Dejar que ella decida de qué hablar", en = "Let her choose what to talk about" },
    explanation = {
      es = "No le pregunte qué pasó. Hable de lo de hoy y de lo que ella necesita. Si quiere contar algo, escuche sin escarbar ni pedir detalles.",
      en = "Do not ask her what happened. Talk about today and about what she needs. If she wants to tell you something, listen without digging or asking for details.",
    },
    sources = { "43", "28" },
  },

  practice "support_what_she_needs" {
    principle = "acceptance_and_support",
    name = { es = "Apoyar lo que ella necesita para rehacer su vida", en = "Support what she needs to rebuild her life" },
    explanation = {
      es = "Pregúntele qué le ayudaría y ofrezca cosas concretas: trabajo o un ingreso, compañía, apoyo para su salud mental, ayuda para que su familia la reciba bien. Trátela como a cualquier vecina.",
      en = "Ask her what would help and offer concrete things: work or an income, company, support for her mental health, help for her family to welcome her. Treat her like any other neighbour.",
    },
    sources = { "45", "46" },
  },

  practice "help_reach_services" {
    principle = "referral",
    name = { es = "Acompañarla a los servicios, si ella quiere", en = "Help her reach services, if she wants" },
    explanation = {
      es = "Cuéntele con palabras sencillas qué lugares hay y qué hace cada uno: la SVET, el Ministerio Público, la PGN si es menor de edad, una organización de apoyo. Ofrézcale ir con ella y deje que ella decida si va y cuándo.",
      en = "Tell her in plain words which places exist and what each one does: the SVET, the Ministerio Público, the PGN if she is under 18, a support organisation. Offer to go with her, and let her decide whether and when to go.",
    },
    sources = { "61", "59", "38", "28" },
  },

  practice "refuse_gossip" {
    principle = "who_confidentiality",
    name = { es = "No alimentar el chisme", en = "Do not feed the gossip" },
    explanation = {
      es = "No repita lo que sabe o lo que oye de ella. Compártalo solo con quien lo necesite para ayudarla, y con su permiso. Si otros chismean, diga que no es asunto de nadie.",
      en = "Do not repeat what you know or hear about her. Share it only with people who need it to help her, and with her permission. If others gossip, say it is nobody's business.",
    },
    sources = { "28", "47", "43" },
  },

  harm "blame_her" {
    principle = "no_blame",
    severity = "serious",
    name = { es = "Culparla", en = "Blaming her" },
    instead = {
      es = "Dígale con claridad que no es culpa suya, y deje la puerta abierta para que vuelva a hablar con usted.",
      en = "Tell her clearly that it is not her fault, and leave the door open for her to talk to you again.",
    },
    explanation = {
      es = "Regañarla, castigarla o hablar de una “migración fracasada” aumenta su vergüenza y el estigma. Le enseña a esconder las cosas y la aleja de quienes pueden ayudarla.",
      en = "Scolding her, punishing her or calling it a “failed migration” deepens her shame and the stigma. It teaches her to hide things and drives her away from the people who could help.",
    },
    sources = { "43", "44" },
  },

  harm "gossip_about_her" {
    principle = "who_confidentiality",
    severity = "serious",
    name = { es = "Chismear sobre ella", en = "Gossiping about her" },
    instead = {
      es = "Guarde lo que sabe. Háblelo solo con quien pueda ayudarla, y con su permiso.",
      en = "Keep what you know to yourself. Discuss it only with people who can help her, and with her permission.",
    },
    explanation = {
      es = "El chisme corre rápido en una comunidad. La marca con vergüenza, puede llegar a oídos de quienes la engañaron y pone en riesgo a ella y a su familia.",
      en = "Gossip travels fast in a community. It marks her with shame, may reach the people who deceived her, and puts her and her family at risk.",
    },
    sources = { "43", "28", "47" },
  },

  harm "confront_recruiter_alone" {
    principle = "who_do_no_harm",
    severity = "serious",
    name = { es = "Enfrentar por su cuenta a quien la captó", en = "Confronting the recruiter yourself" },
    instead = {
      es = "Guarde los mensajes, los números y los nombres, y denuncie ante la PNC o el Ministerio Público. Deje que ellos investiguen.",
      en = "Keep the messages, numbers and names, and report them to the PNC or the Ministerio Público. Let them investigate.",
    },
    explanation = {
      es = "Amenazar o buscar a quien la captó avisa a la red. Pueden borrar pruebas, desaparecer y buscar a otra muchacha, o desquitarse con ella o con su familia.",
      en = "Threatening or hunting down the recruiter warns the network. They may delete evidence, vanish and target another girl, or take it out on her or her family.",
    },
    sources = { "28" },
  },

  harm "ask_for_her_story_again" {
    principle = "who_no_retraumatise",
    severity = "serious",
    name = { es = "Pedirle que cuente otra vez lo que pasó", en = "Asking her to tell her story again" },
    instead = {
      es = "No pregunte por lo que pasó. Hable del presente y deje que ella cuente solo lo que quiera, cuando quiera.",
      en = "Do not ask about what happened. Talk about the present and let her tell only what she wants, when she wants.",
    },
    explanation = {
      es = "Cada vez que lo cuenta, lo vuelve a vivir. La curiosidad de los vecinos no la ayuda; si ella quiere hablar, hay personas preparadas para escucharla.",
      en = "Each time she tells it, she lives it again. Neighbours' curiosity does not help her; if she wants to talk, there are trained people to listen.",
    },
    sources = { "43", "28" },
  },

  harm "speak_for_the_child" {
    principle = "best_interests_of_the_child",
    severity = "minor",
    name = { es = "Hablar por la niña o el niño", en = "Speaking for the child" },
    instead = {
      es = "Acompáñela y deje que ella hable. Pregúntele qué quiere contar y qué le da miedo, y tome en cuenta lo que dice.",
      en = "Stay with her and let her speak. Ask her what she wants to tell and what she is afraid of, and take what she says into account.",
    },
    explanation = {
      es = "Ser menor de edad no quita el derecho a ser escuchada. Lo que ella piensa cuenta para decidir qué es mejor para ella, y a menudo es quien más sabe de lo que pasó.",
      en = "Being a minor does not take away the right to be heard. Her views count in deciding what is best for her, and she often knows most about what happened.",
    },
    sources = { "34" },
  },

  harm "push_to_report" {
    principle = "who_informed_consent",
    severity = "serious",
    name = { es = "Presionarla para que denuncie", en = "Pushing her to report" },
    instead = {
      es = "Explíquele qué significa denunciar y dónde puede pedir consejo. Si es adulta, deje que ella decida si denuncia y cuándo.",
      en = "Explain what reporting involves and where she can get advice. If she is an adult, let her decide whether and when to report.",
    },
    explanation = {
      es = "Denunciar puede traerle riesgos que ella conoce mejor que nadie. Si la obligan, siente que otra vez otros deciden por ella, y puede retirarse del proceso.",
      en = "Reporting may carry risks that she knows better than anyone. Forced into it, she feels that once again others are deciding for her, and she may withdraw from the process.",
    },
    sources = { "28" },
  },

  harm "no_safe_interpreter" {
    principle = "who_interpreters",
    severity = "serious",
    name = { es = "Seguir sin un idioma que ella entienda bien", en = "Going on without a language she fully understands" },
    instead = {
      es = "Pare la entrevista hasta tener un intérprete neutral y capacitado en su idioma, en persona o por teléfono.",
      en = "Pause the interview until a neutral, trained interpreter of her language is there, in person or by phone.",
    },
    explanation = {
      es = "Si entiende a medias, no puede dar un consentimiento informado ni contar lo que vivió, y lo que se anote de ella puede ser falso.",
      en = "If she half understands, she cannot give informed consent or tell what happened to her, and what is written down about her may be wrong.",
    },
    sources = { "30", "28" },
  },

  harm "let_it_drop" {
    principle = "who_good_use",
    severity = "serious",
    name = { es = "Dejar el asunto sin avisar a la autoridad", en = "Letting it drop without telling the authorities" },
    instead = {
      es = "Aunque el peligro inmediato haya pasado, cuente lo que sabe a la autoridad competente para que se investigue y se proteja a otras personas.",
      en = "Even when the immediate danger has passed, tell the competent authority what you know, so that it is investigated and others are protected.",
    },
    explanation = {
      es = "Quien recluta sigue buscando a otras personas. Lo que usted vio, si no llega a nadie, no protege a nadie.",
      en = "Whoever recruits keeps looking for others. What you saw protects no one if it reaches no one.",
    },
    sources = { "62", "59" },
  },
}
