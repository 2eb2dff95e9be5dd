-- Warning signs, grouped by the six dimensions of the ILO/EC operational indicators (2009).
-- `strength` is Señales' own design weighting for scoring. It is informed by published grading
-- examples, but those grades are still to be checked against the ILO lists, so no text below
-- presents a grade as the ILO's. No single sign proves or disproves trafficking.

return {
  -- Deceptive recruitment -------------------------------------------------------------------

  indicator "deceptive_job_offer" {
    dimension = "deceptive_recruitment",
    strength = "strong",
    name = { es = "Engañada sobre el trabajo", en = "Deceived about the job" },
    explanation = {
      es = "Le ofrecieron un trabajo, un lugar o un patrón distintos de lo que encontró al llegar, por ejemplo un puesto de mesera o de secretaria que resultó ser otra cosa. El engaño es uno de los medios que recoge la definición legal de trata.",
      en = "She was offered a job, a place or an employer different from what she found on arrival, such as a waitressing or secretarial post that turned out to be something else. Deception is one of the means in the legal definition of trafficking.",
    },
    sources = { "5", "1", "13", "66", "77", "S" },
  },

  indicator "implausible_pay_offer" {
    dimension = "deceptive_recruitment",
    strength = "medium",
    name = { es = "Paga demasiado buena para ser cierta", en = "Pay that is too good to be true" },
    explanation = {
      es = "Un sueldo alto por un trabajo que no pide estudios ni experiencia, como mesera o cuidadora, es un anzuelo frecuente. Por sí solo no prueba nada, pero obliga a preguntar quién ofrece el trabajo y qué implica de verdad.",
      en = "High pay for a job that needs no schooling or experience, such as waitressing or care work, is a common lure. On its own it proves nothing, but it calls for questions about who is offering the job and what it really involves.",
    },
    sources = { "5", "68", "67" },
  },

  indicator "false_promise_of_study" {
    dimension = "deceptive_recruitment",
    strength = "weak",
    name = { es = "Promesa de estudios", en = "Promise of schooling" },
    explanation = {
      es = "Le dijeron que podría estudiar mientras trabajaba, o que el viaje era para estudiar, y al llegar la promesa desapareció. En el caso de una niña o un niño merece especial atención.",
      en = "She was told she could study while working, or that the journey was for study, and on arrival the promise vanished. In the case of a child it deserves particular attention.",
    },
    sources = { "5", "S" },
  },

  indicator "online_grooming" {
    dimension = "deceptive_recruitment",
    strength = "medium",
    name = { es = "Captación por internet", en = "Online grooming" },
    explanation = {
      es = "Alguien conocido por internet se gana su confianza, llena una necesidad con atención, regalos o romance y luego la va apartando de su familia. Puede hacerse pasar por alguien de su edad o por un novio.",
      en = "Someone she met online wins her trust, fills a need with attention, gifts or romance, and then draws her away from her family. They may pose as someone her own age or as a boyfriend.",
    },
    sources = { "18", "20", "21" },
  },

  indicator "secrecy_requested" {
    dimension = "deceptive_recruitment",
    strength = "medium",
    name = { es = "Le piden guardar el secreto", en = "Asked to keep it secret" },
    explanation = {
      es = "El contacto le pide que no cuente a su familia la relación, los regalos o la oferta. El secreto la separa de quienes podrían advertirle del peligro.",
      en = "The contact asks her not to tell her family about the relationship, the gifts or the offer. Secrecy cuts her off from the people who could warn her.",
    },
    sources = { "18", "21" },
  },

  -- Coercive recruitment --------------------------------------------------------------------

  indicator "recruited_under_threat" {
    dimension = "coercive_recruitment",
    strength = "strong",
    name = { es = "Captada con amenazas o fuerza", en = "Recruited by threats or force" },
    explanation = {
      es = "La hicieron irse o aceptar el trabajo con amenazas, violencia o privación de libertad, contra ella o contra su familia.",
      en = "She was made to leave or to accept the work through threats, violence or abduction, aimed at her or at her family.",
    },
    sources = { "5", "1" },
  },

  indicator "payment_to_controller" {
    dimension = "coercive_recruitment",
    strength = "strong",
    name = { es = "Pago a quien la tenía a su cargo", en = "Payment to someone in control of her" },
    explanation = {
      es = "Alguien con autoridad sobre ella, como un familiar o un encargado, recibió dinero o favores por entregarla. La definición legal lo cuenta entre los medios de la trata, y algunos familiares han participado en la explotación de niñas y niños.",
      en = "Someone with authority over her, such as a relative or guardian, received money or favours for handing her over. The legal definition counts this among the means of trafficking, and some relatives have taken part in exploiting children.",
    },
    sources = { "1", "2", "57" },
  },

  indicator "gang_coercion" {
    dimension = "coercive_recruitment",
    strength = "medium",
    name = { es = "Presión de una pandilla", en = "Gang coercion" },
    explanation = {
      es = "Una pandilla lo obligó o presionó a trabajar para ella o para otros. Las pandillas han usado la trata como fuente de ingresos y coaccionan a adolescentes y jóvenes.",
      en = "A gang forced or pressured the young person into working for it or for others. Gangs have used trafficking as a source of income and coerce adolescents and young people.",
    },
    sources = { "57", "S" },
  },

  -- Abuse of vulnerability at recruitment ----------------------------------------------------

  indicator "travel_paid_to_repay" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    strength = "medium",
    name = { es = "Viaje pagado a cuenta del trabajo", en = "Journey paid for, to be repaid" },
    explanation = {
      es = "Quien la captó pagó el pasaje, los papeles o el alojamiento y le dijo que lo devolvería con su salario. Eso la ata desde el principio y puede convertirse en una deuda que nunca termina.",
      en = "The recruiter paid for the fare, papers or lodging and told her she would repay it out of her wages. It ties her to the recruiter from the start and can grow into a debt that never ends.",
    },
    sources = { "14", "S" },
  },

  indicator "abuse_of_family_hardship" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    strength = "weak",
    name = { es = "Se aprovecharon de una crisis familiar", en = "Family hardship exploited" },
    explanation = {
      es = "La oferta llegó en un momento de pobreza, violencia en casa o crisis familiar, y quien la captó usó esa necesidad. Es una vulnerabilidad, no una prueba, y pide mirar la oferta con más cuidado.",
      en = "The offer came at a time of poverty, violence at home or family crisis, and the recruiter used that need. It is a vulnerability, not proof, and it calls for a closer look at the offer.",
    },
    sources = { "S", "17" },
  },

  indicator "travels_with_non_relatives" {
    dimension = "abuse_of_vulnerability_at_recruitment",
    strength = "medium",
    name = { es = "Menor con adultos que no son su familia", en = "Child with adults who are not family" },
    explanation = {
      es = "Una niña o un niño viaja o vive con adultos que no son sus padres ni tutores, o que dicen ser parientes sin que eso se sostenga. El contexto importa: hay que verificar quiénes son antes de sacar conclusiones.",
      en = "A child travels or lives with adults who are not parents or guardians, or who claim a family tie that does not hold up. Context matters: check who the adults are before drawing conclusions.",
    },
    sources = { "16", "12", "10" },
  },

  -- Exploitative conditions -------------------------------------------------------------------

  indicator "excessive_hours" {
    dimension = "exploitative_conditions",
    strength = "strong",
    name = { es = "Jornadas excesivas", en = "Excessive working hours" },
    explanation = {
      es = "Trabaja muchas más horas que cualquier jornada legal, a menudo todos los días, sin descansos que pueda decidir ella.",
      en = "She works far longer than any legal working day, often every day of the week, with no rest she can decide on herself.",
    },
    sources = { "5", "9" },
  },

  indicator "no_pay" {
    dimension = "exploitative_conditions",
    strength = "medium",
    name = { es = "Sin salario o solo propinas", en = "No pay, or tips only" },
    explanation = {
      es = "No le pagan, le pagan muy poco o solo recibe propinas, o le retienen el sueldo “para después”.",
      en = "She is paid nothing, very little or only tips, or her wages are held back “for later”.",
    },
    sources = { "13", "9" },
  },

  indicator "sleeps_at_workplace" {
    dimension = "exploitative_conditions",
    strength = "medium",
    name = { es = "Duerme en el lugar de trabajo", en = "Sleeps at the workplace" },
    explanation = {
      es = "Vive donde trabaja, a menudo en cuartos amontonados que pone el patrón, y nunca está fuera de su alcance.",
      en = "She lives where she works, often in crowded rooms provided by the employer, and is never out of the employer's reach.",
    },
    sources = { "15", "14" },
  },

  indicator "child_not_in_school" {
    dimension = "exploitative_conditions",
    strength = "medium",
    name = { es = "Fuera de la escuela", en = "Out of school" },
    explanation = {
      es = "Una niña o un niño en edad escolar no va a la escuela, no tiene amigos ni tiempo para jugar y pasa el día trabajando.",
      en = "A school-age child does not go to school, has no friends or time to play, and spends the day working.",
    },
    sources = { "12", "16" },
  },

  indicator "eats_apart" {
    dimension = "exploitative_conditions",
    strength = "medium",
    name = { es = "Come aparte o solo sobras", en = "Eats apart or only leftovers" },
    explanation = {
      es = "La niña come separada de la “familia” con la que vive, a veces solo lo que sobra. Muestra que la tratan como sirvienta y no como parte de la casa.",
      en = "The child eats separately from the “family” she lives with, sometimes only what is left over. It shows she is treated as a servant rather than as part of the household.",
    },
    sources = { "16" },
  },

  indicator "denied_basic_needs" {
    dimension = "exploitative_conditions",
    strength = "medium",
    name = { es = "Le niegan comida, descanso o atención médica", en = "Denied food, rest or medical care" },
    explanation = {
      es = "La comida, el sueño o la atención médica dependen del permiso del patrón, o se los quitan como castigo.",
      en = "Food, sleep or medical care depend on the employer's permission, or are withheld as punishment.",
    },
    sources = { "12", "17" },
  },

  indicator "minor_in_commercial_sex" {
    dimension = "exploitative_conditions",
    strength = "strong",
    name = { es = "Menor de edad en el comercio sexual", en = "Minor in commercial sex" },
    explanation = {
      es = "Una persona menor de 18 años es utilizada en el comercio sexual. Con una niña no hace falta demostrar amenaza ni engaño: es explotación, y hay que protegerla, nunca castigarla.",
      en = "A person under 18 is being used in commercial sex. For a child no threat or deception needs to be shown: it is exploitation, and she must be protected, never punished.",
    },
    sources = { "1", "12" },
  },

  -- Coercion at destination -------------------------------------------------------------------

  indicator "documents_held" {
    dimension = "coercion_at_destination",
    strength = "strong",
    name = { es = "Documentos retenidos", en = "Documents held by someone else" },
    explanation = {
      es = "El patrón u otra persona le guarda el pasaporte, el documento de identidad u otros papeles “para que no se pierdan”. Sin ellos le cuesta irse, viajar o pedir ayuda.",
      en = "The employer or someone else keeps her passport, ID or other papers “so they don't get lost”. Without them it is hard for her to leave, travel or ask for help.",
    },
    sources = { "9", "13", "14" },
  },

  indicator "debt_bondage" {
    dimension = "coercion_at_destination",
    strength = "strong",
    name = { es = "Deuda que no se termina de pagar", en = "Debt bondage" },
    explanation = {
      es = "Debe dinero por el viaje, el cuarto, la ropa o multas, y la deuda crece de modo que trabajar nunca alcanza para saldarla. La deuda sirve para retenerla.",
      en = "She owes money for the journey, her room, clothes or fines, and the debt keeps growing so that working never pays it off. The debt is what keeps her there.",
    },
    sources = { "9", "13", "14", "S" },
  },

  indicator "not_free_to_leave" {
    dimension = "coercion_at_destination",
    strength = "strong",
    name = { es = "No puede entrar y salir libremente", en = "Not free to come and go" },
    explanation = {
      es = "Hay puertas con llave, alguien la vigila o necesita permiso para salir.",
      en = "Doors are locked, someone watches her, or she needs permission to go out.",
    },
    sources = { "12", "13", "9" },
  },

  indicator "escorted_to_work" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "La llevan y la traen", en = "Escorted to and from work" },
    explanation = {
      es = "Siempre hay alguien que la lleva al trabajo y la recoge, de modo que nunca está a solas con otras personas.",
      en = "Someone always takes her to work and picks her up, so she is never alone with other people.",
    },
    sources = { "15" },
  },

  indicator "controlled_communication" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "Otra persona habla por ella", en = "Someone else speaks for her" },
    explanation = {
      es = "Un encargado, una pareja o un acompañante contesta por ella, vigila sus respuestas o insiste en ser quien interpreta.",
      en = "A manager, partner or companion answers for her, watches her answers or insists on being the one who interprets.",
    },
    sources = { "13", "12" },
  },

  indicator "threat_of_denunciation" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "Amenazas de denunciarla o deportarla", en = "Threats to report or deport her" },
    explanation = {
      es = "Le han dicho que si se queja o se va la denunciarán ante la policía o Migración, o que su familia pagará las consecuencias.",
      en = "She has been told that if she complains or leaves she will be reported to the police or the migration authorities, or that her family will pay for it.",
    },
    sources = { "14", "9" },
  },

  indicator "scripted_story" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "Historia ensayada", en = "Scripted story" },
    explanation = {
      es = "Su relato suena aprendido, coincide palabra por palabra con el de otras trabajadoras o no encaja con lo que se ve.",
      en = "Her account sounds learned by heart, matches other workers' accounts word for word, or does not fit what can be seen.",
    },
    sources = { "13" },
  },

  indicator "coached_answers" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "Le dicen qué responder", en = "Told what to say" },
    explanation = {
      es = "Alguien le indica qué decir a las autoridades o a su familia, o le hace señas mientras la interrogan.",
      en = "Someone tells her what to say to the authorities or to her family, or signals to her while she is being questioned.",
    },
    sources = { "12", "5" },
  },

  indicator "minor_with_adult_id" {
    dimension = "coercion_at_destination",
    strength = "strong",
    name = { es = "Menor con documento de adulta", en = "Minor with an adult's ID" },
    explanation = {
      es = "Lleva un documento con una edad adulta que puede no ser suyo o haberse emitido de forma irregular. Los documentos falsos o prestados sirven para ocultar que se explota a una menor; la apariencia, por sí sola, nunca decide su edad.",
      en = "She carries an ID showing an adult's age that may not be hers or may have been issued improperly. False or borrowed papers are used to hide that a child is being exploited; appearance alone never settles her age.",
    },
    sources = { "S", "33", "22" },
  },

  indicator "signs_of_violence" {
    dimension = "coercion_at_destination",
    strength = "strong",
    name = { es = "Señales de violencia", en = "Signs of violence" },
    explanation = {
      es = "Tiene lesiones que no puede o no quiere explicar, o que parecen de distintos momentos. La violencia es una de las formas de obligar a alguien a seguir trabajando.",
      en = "She has injuries she cannot or will not explain, or that seem to date from different times. Violence is one of the ways of forcing someone to keep working.",
    },
    sources = { "12", "9" },
  },

  indicator "moved_between_venues" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "La mueven de un lugar a otro", en = "Moved between venues" },
    explanation = {
      es = "La cambian de bar, de pueblo o de casa, de modo que nunca conoce a nadie ni el lugar lo suficiente para pedir ayuda.",
      en = "She is moved between bars, towns or houses, so she never knows anyone or the place well enough to ask for help.",
    },
    sources = { "15" },
  },

  indicator "isolation" {
    dimension = "coercion_at_destination",
    strength = "medium",
    name = { es = "Aislamiento", en = "Isolation" },
    explanation = {
      es = "Le controlan o le quitan el teléfono y el contacto con su familia, y no tiene a nadie fuera del trabajo a quien acudir.",
      en = "Her phone and her contact with family are controlled or taken away, and she has no one outside the workplace to turn to.",
    },
    sources = { "9", "12" },
  },

  -- Abuse of vulnerability at destination ----------------------------------------------------

  indicator "fear_of_police" {
    dimension = "abuse_of_vulnerability_at_destination",
    strength = "medium",
    name = { es = "Miedo a la policía", en = "Fear of the police" },
    explanation = {
      es = "Muestra miedo cuando se menciona a la policía, a menudo porque le dijeron que la encarcelarían o la deportarían. Ese miedo es parte del control, no una señal de que ella haya hecho algo malo.",
      en = "She shows fear when the police are mentioned, often because she was told she would be jailed or deported. The fear is part of the control, not a sign that she has done anything wrong.",
    },
    sources = { "13" },
  },

  indicator "no_control_of_money" {
    dimension = "abuse_of_vulnerability_at_destination",
    strength = "medium",
    name = { es = "No maneja su propio dinero", en = "No control over her own money" },
    explanation = {
      es = "Otra persona le “guarda” lo que gana, decide en qué puede gastarlo o manda el dinero a su casa en su nombre.",
      en = "Someone else “keeps” her earnings for her, decides what she may spend them on, or sends money home in her name.",
    },
    sources = { "13", "17" },
  },

  indicator "emotional_dependency" {
    dimension = "abuse_of_vulnerability_at_destination",
    strength = "medium",
    name = { es = "Dependencia afectiva", en = "Emotional dependency" },
    explanation = {
      es = "Está atada a quien la explota por amor o lealtad, por ejemplo a un “novio” que la captó. Puede defenderlo y no verse a sí misma como víctima.",
      en = "She is bound to the person exploiting her by love or loyalty, for example a “boyfriend” who recruited her. She may defend him and not see herself as a victim.",
    },
    sources = { "5", "20" },
  },

  indicator "lost_sense_of_time" {
    dimension = "abuse_of_vulnerability_at_destination",
    strength = "weak",
    name = { es = "Perdió la noción del tiempo", en = "Lost sense of time" },
    explanation = {
      es = "No sabe bien la fecha, el día de la semana o cuánto tiempo lleva ahí, algo que puede seguir a un largo aislamiento y a rutinas agotadoras.",
      en = "She is unsure of the date, the day of the week or how long she has been there, which can follow long isolation and exhausting routines.",
    },
    sources = { "13" },
  },

  indicator "protects_exploiter" {
    dimension = "abuse_of_vulnerability_at_destination",
    strength = "weak",
    name = { es = "Protege a quien la explota", en = "Protects the exploiter" },
    explanation = {
      es = "Defiende al encargado o al patrón, o niega que haya algún problema. Muchas víctimas lo hacen por miedo, deuda o lealtad; no significa que esté a salvo.",
      en = "She defends the manager or employer, or denies there is any problem. Many victims do so out of fear, debt or loyalty; it does not mean she is safe.",
    },
    sources = { "13", "S" },
  },
}
