-- A parents' association meeting in San Miguel El Roble, and a job offer that reaches a 16-year-old
-- through social media. San Miguel El Roble, Daniela, Kevin, Sofía, teacher Irma, don Chepe and
-- doña Chabela are fictional; the institutions are real. Written for community classes: plain,
-- short sentences.

return scenario {
  title = { es = "La oferta de trabajo", en = "The job offer" },
  summary = {
    es = "En una reunión de padres hablan de muchachas que se fueron por ofertas de internet. Días después, su hija Daniela, de 16 años, recibe una oferta de trabajo en México.",
    en = "At a parents' meeting, people talk about girls who left after online job offers. A few days later, your daughter Daniela, 16, gets a job offer in Mexico.",
  },
  audience = "community",
  person = { age = "adolescent", gender = "female", nationality = "GT", exploitation = "sexual", trafficking = true },
  setting = { country = "GT", institution = "community" },
  minutes = 15,
  difficulty = 1,
  feedback = "immediate",
  objectives = {
    {
      es = "Reconocer cómo engañan por internet. Por ejemplo: un “amigo” mayor, regalos, secretos, una oferta demasiado buena.",
      en = "Recognise how people are tricked online. For example: an older “friend”, gifts, secrets, an offer too good to be true.",
    },
    {
      es = "Hablar con su hija sin culparla, y revisar la oferta con ella.",
      en = "Talk with your daughter without blaming her, and check the offer with her.",
    },
    {
      es = "Denunciar ante la PNC o el Ministerio Público. No enfrentar usted a quien la busca.",
      en = "Report to the PNC or the Ministerio Público. Do not confront the recruiter yourself.",
    },
    {
      es = "Advertir a otras familias sin chismes y sin exponer a su hija.",
      en = "Warn other families without gossip and without exposing your daughter.",
    },
  },
  content_note = {
    es = "Esta historia trata de una adolescente. Un adulto quiere engañarla por internet con un trabajo falso. No hay escenas de violencia. Puede recordar experiencias personales. Puede hacer una pausa cuando quiera.",
    en = "This story is about a teenage girl. An adult tries to trick her online with a fake job. There are no violent scenes. It may bring back personal experiences. You can pause whenever you want.",
  },
  start = "meeting",
  -- trust: how much Daniela trusts you; safety: whether the recruiter has been warned or she has
  -- been put at risk; exposed: whether her story has been spread around the community.
  vars = { trust = 1, safety = 2, exposed = 0 },

  scene "meeting" {
    text = {
      es = "Martes, seis de la tarde. La asociación de padres se reúne en la escuela de San Miguel El Roble. La maestra Irma cuenta algo que preocupa. Dos muchachas de la aldea vecina se fueron por ofertas de trabajo de internet. Sus familias no saben dónde están. La maestra reparte una hoja que dice dónde denunciar. Don Chepe dice en voz alta: “Esas patojas se lo buscaron, por andar de alegres.” Su hija Daniela, de 16 años, sirve el café al fondo. Escucha todo.",
      en = "Tuesday, six in the evening. The parents' association meets at the school in San Miguel El Roble. Teacher Irma shares a worry. Two girls from the next village left after job offers they found online. Their families do not know where they are. The teacher hands out a sheet that says where to report. Don Chepe says loudly: “Those girls asked for it, running around like that.” Your daughter Daniela, 16, is serving coffee at the back. She hears everything.",
    },
    prompt = {
      es = "¿Por qué una muchacha no le contaría a su familia de una oferta así? ¿Qué la ayudaría a contarlo?",
      en = "Why might a girl not tell her family about an offer like this? What would help her tell?",
    },
    choice {
      id = "say_it_is_never_their_fault",
      to = "at_home",
      practice = "challenge_blame",
      effects = { trust = 1 },
      text = {
        es = "Decir con calma que nunca es culpa de las muchachas: a ellas las engañan.",
        en = "Say calmly that it is never the girls' fault: they were deceived.",
      },
      note = {
        es = "Bien. Daniela lo oyó. Ahora sabe que con usted puede hablar sin que la culpen. Después, pregúntele a la maestra qué señales buscar.",
        en = "Good. Daniela heard you. Now she knows she can talk to you without being blamed. Afterwards, ask the teacher what signs to look for.",
      },
    },
    choice {
      id = "agree_daughters_need_watching",
      to = "at_home",
      harm = "blame_her",
      effects = { trust = -1 },
      text = {
        es = "Decir que don Chepe tiene algo de razón: hay que cuidar que las hijas no anden de alegres.",
        en = "Say don Chepe has a point: we must make sure our daughters don't run around like that.",
      },
      note = {
        es = "Culpar a las víctimas enseña a sus hijos a callar. Diga que nunca es culpa de ellas.",
        en = "Blaming victims teaches your children to stay silent. Say it is never their fault.",
      },
      consequence = {
        es = "Daniela lo oyó. Esa noche decidió no contarle nada de su amigo de internet.",
        en = "Daniela heard it. That night she decided not to tell you anything about her online friend.",
      },
    },
    choice {
      id = "stay_out_of_the_argument",
      to = "at_home",
      text = {
        es = "No discutir con don Chepe delante de todos. Dejar que la reunión siga.",
        en = "Don't argue with don Chepe in front of everyone. Let the meeting move on.",
      },
    },
  },

  scene "at_home" {
    text = {
      es = "Pasan unos días. En la casa, Daniela pasa horas con el celular. Se ríe sola con los mensajes. Tiene una pulsera nueva. Dice que se la mandó “un amigo”. En sus fotos de internet sale maquillada y con ropa de moda. La semana pasada dijo que quiere irse a Estados Unidos, como sus primos.",
      en = "A few days go by. At home, Daniela spends hours on her phone. She laughs to herself at the messages. She has a new bracelet. She says “a friend” sent it. In her online photos she wears make-up and fashionable clothes. Last week she said she wants to go to the United States, like her cousins.",
    },
    detail "new_bracelet" {
      indicator = "online_grooming",
      text = {
        es = "Alguien que conoció por internet le manda regalos: la pulsera y saldo para el celular.",
        en = "Someone she met online sends her gifts: the bracelet and phone credit.",
      },
    },
    detail "phone_all_day" {
      neutral = true,
      text = {
        es = "Pasa mucho tiempo con el celular.",
        en = "She spends a lot of time on her phone.",
      },
      why = {
        es = "Casi todos los jóvenes lo hacen. No es una señal por sí sola. Importa con quién habla y qué le piden.",
        en = "Almost all young people do. It is not a sign on its own. What matters is who she talks to and what they ask of her.",
      },
    },
    detail "fashion_photos" {
      neutral = true,
      text = {
        es = "En sus fotos sale maquillada y con ropa de moda.",
        en = "In her photos she wears make-up and fashionable clothes.",
      },
      why = {
        es = "Arreglarse y vestirse a la moda es normal a su edad. No dice nada de trata. Culparla por su ropa es culparla a ella.",
        en = "Dressing up and following fashion is normal at her age. It says nothing about trafficking. Blaming her clothes is blaming her.",
      },
    },
    detail "cousins_up_north" {
      neutral = true,
      text = {
        es = "Quiere irse a Estados Unidos, como sus primos.",
        en = "She wants to go to the United States, like her cousins.",
      },
      why = {
        es = "Querer migrar o reunirse con la familia es un sueño común. No es una señal de trata. Pero los tratantes a veces usan ese sueño como anzuelo.",
        en = "Wanting to migrate or join family is a common dream. It is not a sign of trafficking. But traffickers sometimes use that dream as bait.",
      },
    },
    choice {
      id = "ask_about_her_friend",
      to = "her_friend",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Esperar un momento tranquilo. Preguntarle por su amigo con interés, sin regañarla.",
        en = "Wait for a calm moment. Ask about her friend with interest, without scolding her.",
      },
      note = {
        es = "Bien. Preguntar con calma abre la puerta. Con regaños, ella aprende a esconder las cosas.",
        en = "Good. Asking calmly opens the door. When she is scolded, she learns to hide things.",
      },
    },
    choice {
      id = "take_the_bracelet_away",
      to = "her_friend",
      harm = "blame_her",
      effects = { trust = -2 },
      text = {
        es = "Sin gritar, decirle que una muchacha decente no acepta regalos, y quitarle la pulsera.",
        en = "Without shouting, tell her a decent girl doesn't accept gifts, and take the bracelet away.",
      },
      note = {
        es = "El problema es quien le manda regalos, no ella. Pregúntele por él con calma, sin regañarla.",
        en = "The problem is whoever sends her gifts, not her. Ask her about him calmly, without scolding.",
      },
      consequence = {
        es = "Daniela se sintió acusada. Desde ese día borra los mensajes y esconde el celular.",
        en = "Daniela felt accused. From that day on she deleted her messages and hid her phone.",
      },
    },
    choice {
      id = "give_her_space",
      to = "night_before",
      text = {
        es = "No preguntarle nada. Daniela es una buena muchacha, y a su edad necesita su espacio.",
        en = "Ask her nothing. Daniela is a good girl, and at her age she needs her space.",
      },
    },
  },

  scene "her_friend" {
    text = {
      es = "Daniela habla de Kevin. Lo conoció en Facebook hace dos meses. Él dice que tiene 20 años, pero en las fotos parece mayor. Le escribe todos los días, desde temprano hasta la noche. Le dice que es linda y que merece una vida mejor. Luego Daniela se queda callada. Parece que hay algo más.",
      en = "Daniela talks about Kevin. She met him on Facebook two months ago. He says he is 20, but in the photos he looks older. He writes to her every day, from early morning until night. He tells her she is pretty and deserves a better life. Then Daniela goes quiet. There seems to be something more.",
    },
    detail "older_friend" {
      indicator = "online_grooming",
      text = {
        es = "Un hombre mayor que conoció por internet le da mucha atención. Le dice justo lo que ella quiere oír.",
        en = "An older man she met online gives her a lot of attention. He tells her just what she wants to hear.",
      },
    },
    detail "only_one_who_understands" {
      indicator = "emotional_dependency",
      when = "trust >= 2",
      text = {
        es = "Dice que Kevin es el único que la entiende. Cuando está triste, solo le escribe a él.",
        en = "She says Kevin is the only one who understands her. When she is sad, he is the only one she writes to.",
      },
    },
    detail "dont_tell_your_family" {
      indicator = "secrecy_requested",
      when = "trust >= 2",
      text = {
        es = "Kevin le pidió no contarle nada a su familia: “No te van a entender.”",
        en = "Kevin asked her not to tell her family anything: “They won't understand you.”",
      },
    },
    choice {
      id = "ask_what_he_offered",
      to = "the_offer",
      when = "trust >= 2",
      practice = "listen_without_blame",
      text = {
        es = "Agradecerle que le cuente. Preguntarle, sin prisa, si Kevin le ha ofrecido algo.",
        en = "Thank her for telling you. Ask her, without hurry, whether Kevin has offered her anything.",
      },
      note = {
        es = "Bien. Daniela confía en usted y le enseña lo que le ofrecieron.",
        en = "Good. Daniela trusts you and shows you what she was offered.",
      },
    },
    choice {
      id = "ask_what_he_offered_2",
      to = "night_before",
      when = "trust < 2",
      practice = "listen_without_blame",
      text = {
        es = "Agradecerle que le cuente. Preguntarle, sin prisa, si Kevin le ha ofrecido algo.",
        en = "Thank her for telling you. Ask her, without hurry, whether Kevin has offered her anything.",
      },
      note = {
        es = "Preguntar con calma es lo correcto. Pero Daniela todavía no confía lo suficiente: dice “nada” y se va a su cuarto.",
        en = "Asking calmly is right. But Daniela does not trust you enough yet. She says “nothing” and goes to her room.",
      },
    },
    choice {
      id = "write_to_kevin_yourself",
      to = "recruiter_warned",
      harm = "confront_recruiter_alone",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Pedirle el celular y escribirle a Kevin que ya saben quién es, y que la deje en paz.",
        en = "Ask for her phone and write to Kevin that you know who he is and he must leave her alone.",
      },
      note = {
        es = "Escribirle lo pone sobre aviso. Guarde los mensajes y deje que la autoridad lo investigue.",
        en = "Writing to him warns him. Keep the messages and let the authorities investigate him.",
      },
      consequence = {
        es = "Kevin borró su perfil en minutos, con todo lo que servía de prueba. Daniela se sintió humillada.",
        en = "Kevin deleted his profile within minutes, with everything that could have served as evidence. Daniela felt humiliated.",
      },
    },
    choice {
      id = "forbid_her_facebook",
      to = "night_before",
      harm = "blame_her",
      effects = { trust = -1 },
      text = {
        es = "Decirle que a su edad no debe tener novio, y que hoy mismo cierra su Facebook.",
        en = "Tell her she is too young for a boyfriend, and that she must close her Facebook today.",
      },
      note = {
        es = "Prohibir sin escuchar la castiga a ella por lo que hace él. Y ya no sabrá qué le ofrece Kevin.",
        en = "Forbidding without listening punishes her for what he does. And you will not learn what Kevin is offering.",
      },
      consequence = {
        es = "Daniela cerró esa cuenta y abrió otra. Dejó de hablarle de Kevin.",
        en = "Daniela closed that account and opened another. She stopped talking to you about Kevin.",
      },
    },
  },

  scene "the_offer" {
    text = {
      es = "Daniela le enseña el celular. Kevin le consiguió trabajo de mesera en un restaurante de México. Un “primo” de Kevin la recogería en la parada de la camioneta. Sería antes del amanecer, en dos días. Daniela está emocionada. “Con ese dinero ayudo con la deuda de la casa. Y después me puedo ir con mis primos.”",
      en = "Daniela shows you her phone. Kevin has found her a waitress job in a restaurant in Mexico. A “cousin” of his would pick her up at the bus stop. It would be before dawn, in two days. Daniela is excited. “With that money I can help with the family's debt. And later I can go and join my cousins.”",
    },
    prompt = {
      es = "¿Qué partes de esta oferta le hacen dudar? ¿Cómo hablaría de eso con Daniela sin apagar su sueño?",
      en = "Which parts of this offer make you doubt it? How would you talk about it with Daniela without crushing her dream?",
    },
    detail "too_much_pay" {
      indicator = "implausible_pay_offer",
      text = {
        es = "Le ofrecen 9,000 quetzales al mes, sin experiencia y sin estudios.",
        en = "They offer her 9,000 quetzales a month, with no experience or schooling needed.",
      },
    },
    detail "fare_to_repay" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "Kevin le paga el pasaje. Ella se lo devuelve “con el primer sueldo”.",
        en = "Kevin pays her fare. She pays him back “out of her first wages”.",
      },
    },
    detail "alone_with_the_cousin" {
      indicator = "travels_with_non_relatives",
      text = {
        es = "Viajaría sola con el “primo”, un hombre al que nunca ha visto.",
        en = "She would travel alone with the “cousin”, a man she has never met.",
      },
    },
    detail "family_debt" {
      indicator = "abuse_of_family_hardship",
      text = {
        es = "Kevin sabe de la deuda de la familia. Le repite: “Tu familia necesita que la ayudés.”",
        en = "Kevin knows about the family's debt. He keeps telling her: “Your family needs your help.”",
      },
    },
    choice {
      id = "check_the_offer_together",
      to = "checking",
      practice = "check_the_offer",
      text = {
        es = "Decirle que su sueño importa, y proponerle revisar juntos si el restaurante existe.",
        en = "Tell her that her dream matters, and suggest checking together whether the restaurant exists.",
      },
      note = {
        es = "Bien. Revisar juntos respeta a Daniela. Y muestra si la oferta es real: el restaurante, la dirección, un contrato.",
        en = "Good. Checking together respects Daniela. And it shows whether the offer is real: the restaurant, the address, a contract.",
      },
    },
    choice {
      id = "warn_kevin_from_her_phone",
      to = "recruiter_warned",
      harm = "confront_recruiter_alone",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Escribirle a Kevin desde el celular de ella: que la familia ya sabe todo y lo va a buscar.",
        en = "Write to Kevin from her phone: the family knows everything and will come looking for him.",
      },
      note = {
        es = "Una amenaza le avisa que lo descubrieron. Guarde los mensajes y denuncie.",
        en = "A threat tells him he has been found out. Keep the messages and report him.",
      },
      consequence = {
        es = "Kevin supo que lo habían descubierto. Borró su perfil y los mensajes, que eran la prueba. Daniela se sintió humillada.",
        en = "Kevin knew he had been found out. He deleted his profile and the messages, which were the evidence. Daniela felt humiliated.",
      },
    },
    choice {
      id = "forbid_the_trip_and_lock_her_in",
      to = "punished",
      harm = "blame_her",
      effects = { trust = -2 },
      text = {
        es = "Prohibirle el viaje, quitarle el celular y encerrarla en su cuarto hasta que entienda.",
        en = "Forbid the trip, take her phone and lock her in her room until she understands.",
      },
      note = {
        es = "Encerrarla la castiga por decir la verdad. Revise la oferta con ella.",
        en = "Locking her in punishes her for telling the truth. Check the offer with her.",
      },
      consequence = {
        es = "Daniela se sintió castigada por decir la verdad. Pensó que Kevin tenía razón: en su casa nadie la entiende.",
        en = "Daniela felt punished for telling the truth. She thought Kevin was right: no one at home understands her.",
      },
    },
  },

  scene "night_before" {
    text = {
      es = "Una noche, Sofía, la amiga de Daniela, toca su puerta. Está asustada. “Daniela se va mañana de madrugada. Un amigo de internet le consiguió trabajo en México. Me hizo jurar que no le diría a nadie.”",
      en = "One night, Sofía, Daniela's friend, knocks on your door. She is scared. “Daniela is leaving tomorrow before dawn. A friend from the internet got her a job in Mexico. She made me swear not to tell anyone.”",
    },
    detail "sworn_to_secrecy" {
      indicator = "secrecy_requested",
      text = {
        es = "A Daniela le pidieron guardar el secreto, y ella se lo pidió a Sofía.",
        en = "Daniela was asked to keep it secret, and she asked the same of Sofía.",
      },
    },
    detail "loads_of_money" {
      indicator = "implausible_pay_offer",
      text = {
        es = "Sofía dice que le van a pagar “un montón”. Más de lo que gana cualquiera aquí.",
        en = "Sofía says they will pay her “loads”. More than anyone here earns.",
      },
    },
    detail "fare_paid" {
      indicator = "travel_paid_to_repay",
      text = {
        es = "El amigo le pagó el pasaje. Ella se lo devuelve trabajando.",
        en = "The friend paid her fare. She will pay it back by working.",
      },
    },
    choice {
      id = "talk_with_her_and_check_the_offer",
      to = "checking",
      practice = { "listen_without_blame", "check_the_offer" },
      effects = { trust = 1 },
      text = {
        es = "Agradecerle a Sofía. Hablar con Daniela sin gritos, y pedirle revisar juntos la oferta.",
        en = "Thank Sofía. Talk with Daniela without shouting, and ask her to check the offer together.",
      },
      note = {
        es = "Bien. No es para regañarla: usted teme por ella. Sin gritos ni castigos, Daniela acepta revisar la oferta con usted.",
        en = "Good. You are not there to scold her: you fear for her. Without shouting or punishment, Daniela agrees to check the offer with you.",
      },
    },
    choice {
      id = "wait_for_the_cousin",
      to = "confrontation",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Dejar dormir a Daniela. Esperar al “primo” en la parada con unos vecinos, y pararlo ahí.",
        en = "Let Daniela sleep. Wait for the “cousin” at the bus stop with some neighbours, and stop him there.",
      },
      note = {
        es = "Esperarlo avisa a la red y no ayuda a Daniela. Hable con ella esta noche y denuncie.",
        en = "Waiting for him warns the network and does not help Daniela. Talk with her tonight and report it.",
      },
      consequence = {
        es = "Quien venía por Daniela vio que lo esperaban y se fue. Nadie supo quién era.",
        en = "Whoever was coming for Daniela saw he was expected and left. No one found out who he was.",
      },
    },
    choice {
      id = "lock_her_door",
      to = "punished",
      harm = "blame_her",
      effects = { trust = -2 },
      text = {
        es = "Sin gritos, quitarle el celular a Daniela y cerrar su cuarto con llave hasta que amanezca.",
        en = "Without shouting, take Daniela's phone and lock her door until daylight.",
      },
      note = {
        es = "Encerrarla la trata como culpable. Hable con ella sin gritos y revisen juntos la oferta.",
        en = "Locking her in treats her as the culprit. Talk with her without shouting and check the offer together.",
      },
      consequence = {
        es = "Daniela se sintió tratada como culpable. Pensó que Kevin tenía razón: en su casa nadie la entiende.",
        en = "Daniela felt treated like a culprit. She thought Kevin was right: no one at home understands her.",
      },
    },
  },

  scene "punished" {
    text = {
      es = "Daniela está encerrada en su cuarto. Llora y grita detrás de la puerta. “¡Nunca me escuchan! ¡Kevin me dijo que ustedes iban a hacer esto!” Después se queda callada. Muy callada.",
      en = "Daniela is locked in her room. She cries and shouts through the door. “You never listen to me! Kevin told me you would do this!” Then she goes quiet. Very quiet.",
    },
    detail "trusts_him_more" {
      indicator = "emotional_dependency",
      text = {
        es = "Le cree más a Kevin que a su propia familia.",
        en = "She believes Kevin more than her own family.",
      },
    },
    choice {
      id = "open_the_door_and_apologise",
      to = "checking",
      practice = { "listen_without_blame", "check_the_offer" },
      effects = { trust = 1 },
      text = {
        es = "Abrir la puerta, pedirle perdón por encerrarla y revisar juntos la oferta.",
        en = "Open the door, apologise for locking her in and check the offer together.",
      },
      note = {
        es = "Bien. Pedir perdón y escuchar le devuelve a Daniela un lugar seguro en su casa.",
        en = "Good. Apologising and listening gives Daniela back a safe place at home.",
      },
    },
    choice {
      id = "keep_her_locked_in",
      to = "gone",
      harm = "blame_her",
      text = {
        es = "Dejarla encerrada hasta mañana, para que se calme y lo piense mejor.",
        en = "Keep her locked in until morning, so she calms down and thinks it over.",
      },
      note = {
        es = "Encerrada, Daniela se siente presa, y Kevin le parece la salida. Abra la puerta y escúchela.",
        en = "Locked in, Daniela feels like a prisoner, and Kevin looks like the way out. Open the door and listen to her.",
      },
      consequence = {
        es = "Daniela se sintió presa en su propia casa. Antes del amanecer salió por la ventana. El “primo” la esperaba.",
        en = "Daniela felt like a prisoner in her own home. Before dawn she climbed out of the window. The “cousin” was waiting.",
      },
    },
  },

  scene "checking" {
    text = {
      es = "Esa noche revisan la oferta juntos. El restaurante no aparece en ningún lado. Las fotos del lugar salen en otra página, con otro nombre. No hay dirección ni contrato. Daniela le pide a Kevin una videollamada con el dueño. Kevin se enoja. Escribe: “¿Le contaste a tu familia? Te dije que no. Si no venís, perdés el trabajo.” Daniela llora. “¿Entonces nada bueno me puede pasar a mí?”",
      en = "That night you check the offer together. The restaurant does not show up anywhere. The photos of the place appear on another page, under another name. There is no address and no contract. Daniela asks Kevin for a video call with the owner. Kevin gets angry. He writes: “Did you tell your family? I told you not to. If you don't come, you lose the job.” Daniela cries. “So nothing good can ever happen to me?”",
    },
    detail "fake_restaurant" {
      indicator = "deceptive_job_offer",
      text = {
        es = "El restaurante no es lo que le dijeron: las fotos son de otro lugar.",
        en = "The restaurant is not what she was told: the photos are of another place.",
      },
    },
    detail "angry_she_told" {
      indicator = "secrecy_requested",
      text = {
        es = "Kevin se enoja porque ella le contó a su familia.",
        en = "Kevin is angry because she told her family.",
      },
    },
    choice {
      id = "tell_her_it_is_not_her_fault",
      to = "what_now",
      practice = "listen_without_blame",
      effects = { trust = 1 },
      text = {
        es = "Abrazarla. Decirle que no es su culpa: estas ofertas están hechas para engañar.",
        en = "Hold her. Tell her it is not her fault: these offers are made to fool people.",
      },
      note = {
        es = "Bien. Querer ayudar a la familia es bueno. Sin culpa, Daniela puede seguir hablando con usted. Y ella es quien mejor conoce a Kevin.",
        en = "Good. Wanting to help the family is good. Without blame, Daniela can keep talking to you. And she is the one who knows Kevin best.",
      },
    },
    choice {
      id = "ask_how_she_believed_him",
      to = "what_now",
      harm = "blaming_question",
      effects = { trust = -1 },
      text = {
        es = "Preguntarle, con cariño, cómo pudo creerle a alguien que nunca ha visto en persona.",
        en = "Ask her, kindly, how she could believe someone she has never met in person.",
      },
      note = {
        es = "Esa pregunta la hace sentir tonta, aunque se diga con cariño. Mejor dígale que no es su culpa: la engañaron.",
        en = "That question makes her feel stupid, however kindly it is asked. Better to tell her it is not her fault: she was deceived.",
      },
      consequence = {
        es = "Daniela se sintió tonta y avergonzada. Dejó de contarle lo que Kevin le seguía escribiendo.",
        en = "Daniela felt stupid and ashamed. She stopped telling you what Kevin kept writing to her.",
      },
    },
    choice {
      id = "promise_her_a_better_job",
      to = "what_now",
      harm = "promise_you_cannot_keep",
      text = {
        es = "Consolarla con una promesa: usted le va a conseguir un trabajo mejor aquí, muy pronto.",
        en = "Comfort her with a promise: you will find her a better job here, very soon.",
      },
      note = {
        es = "Una promesa que quizá no pueda cumplir la deja otra vez esperando. Dígale que no es su culpa, y busquen opciones juntos.",
        en = "A promise you may not be able to keep leaves her waiting again. Tell her it is not her fault, and look for options together.",
      },
      consequence = {
        es = "Pasaron las semanas y el trabajo no llegó. Daniela pensó que Kevin, al menos, sí le había conseguido algo.",
        en = "Weeks went by and the job never came. Daniela thought that Kevin, at least, had found her something.",
      },
    },
  },

  scene "what_now" {
    text = {
      es = "Daniela decidió no ir. Pero tiene miedo. “Si lo denuncian, ¿se va a saber en la escuela?” La hoja de la maestra dice dónde denunciar: en la PNC o en el Ministerio Público. El Ministerio Público tiene una fiscalía para la trata. La hoja trae también el número 1555. Es la línea de la PDH, la oficina de derechos humanos, para quejas de todo tipo. No es una línea especial de trata. Ese número salía en sus informes de 2016 y 2017. Los números cambian: hay que confirmarlos en la municipalidad o con la maestra.",
      en = "Daniela has decided not to go. But she is afraid. “If you report him, will everyone at school find out?” The teacher's sheet says where to report: the PNC or the Ministerio Público. The Ministerio Público has a special office for trafficking. The sheet also gives the number 1555. It is the line of the PDH, the human rights office, for complaints of every kind. It is not a special trafficking line. That number appeared in the PDH's 2016 and 2017 reports. Numbers change: check them at the municipal office or with the teacher.",
    },
    detail "other_girls" {
      indicator = "online_grooming",
      when = "trust >= 3",
      text = {
        es = "Daniela cuenta que Kevin les escribe también a dos compañeras de su grado. Les dice lo mismo que a ella.",
        en = "Daniela says Kevin also writes to two girls in her class. He tells them the same things he told her.",
      },
    },
    choice {
      id = "save_messages_and_report",
      to = "at_the_office",
      practice = "report_to_authorities",
      text = {
        es = "Guardar capturas de los mensajes. Ir hoy mismo con Daniela a poner la denuncia.",
        en = "Save screenshots of the messages. Go with Daniela today to report it.",
      },
      note = {
        es = "Bien. Denuncie en el Ministerio Público o en la PNC. Denunciar protege a Daniela y a otras muchachas. Investigar le toca a la autoridad. Allí puede pedir que cuiden su nombre.",
        en = "Good. Report it at the Ministerio Público or the PNC. Reporting protects Daniela and other girls. Investigating is the authorities' job. There you can ask them to protect her name.",
      },
    },
    choice {
      id = "see_who_comes_to_the_stop",
      to = "confrontation",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Ir a la parada a la hora de la cita, con unos vecinos, para ver quién es el “primo”.",
        en = "Go to the bus stop at the agreed time, with some neighbours, to see who the “cousin” is.",
      },
      note = {
        es = "Ir a verlo avisa a la red. Lleve los mensajes a la PNC o al Ministerio Público.",
        en = "Going to see him warns the network. Take the messages to the PNC or the Ministerio Público.",
      },
      consequence = {
        es = "Quien venía por Daniela vio que lo esperaban y se fue. La red supo que la familia sabía.",
        en = "Whoever was coming for Daniela saw he was expected and left. The network learned that the family knew.",
      },
    },
    choice {
      id = "block_him_and_delete_it_all",
      to = "new_message",
      harm = "let_it_drop",
      text = {
        es = "Bloquear a Kevin y borrar todo, para que no se sepa. Si vuelve a escribir, ir a la PNC.",
        en = "Block Kevin and delete everything, so no one finds out. If he writes again, go to the PNC.",
      },
      note = {
        es = "Su miedo es real, y en la denuncia se puede pedir que cuiden su nombre. Pero esperar a que vuelva a escribir es tarde, y borrar los mensajes borra la prueba.",
        en = "Her fear is real, and when reporting you can ask them to protect her name. But waiting until he writes again is too late, and deleting the messages deletes the evidence.",
      },
      consequence = {
        es = "Nadie le pidió cuentas a Kevin. Siguió escribiéndoles a otras muchachas, y a Daniela también.",
        en = "No one held Kevin to account. He went on writing to other girls, and to Daniela too.",
      },
    },
  },

  scene "at_the_office" {
    text = {
      es = "En el Ministerio Público los atiende una persona de la fiscalía. Pide ver los mensajes y hablar con Daniela. Daniela le aprieta la mano a usted. Le pregunta bajito: “¿Tengo que contar todo?”",
      en = "At the Ministerio Público, someone from the prosecutor's office sees you. They ask to see the messages and to talk with Daniela. Daniela squeezes your hand. She asks you quietly: “Do I have to tell everything?”",
    },
    choice {
      id = "she_tells_only_what_she_wants",
      to = "school_gate",
      practice = { "informed_consent", "hear_child_views" },
      effects = { trust = 1 },
      text = {
        es = "Decirle que cuente solo lo que quiera, y que puede parar. Quedarse a su lado.",
        en = "Tell her to share only what she wants, and that she can stop. Stay beside her.",
      },
      note = {
        es = "Bien. Daniela decide qué cuenta. Así recupera un poco de control. Pregunte también cómo van a cuidar su nombre.",
        en = "Good. Daniela decides what she tells. That gives her back some control. Ask, too, how they will protect her name.",
      },
    },
    choice {
      id = "answer_for_her",
      to = "school_gate",
      effects = { trust = -1 },
      harm = "speak_for_the_child",
      text = {
        es = "Contestar usted por ella. Es menor de edad, y así no tiene que pasar el mal rato.",
        en = "Answer for her. She is a minor, and this way she is spared the ordeal.",
      },
      note = {
        es = "Ser menor no le quita la voz. Acompáñela y deje que ella cuente lo que quiera.",
        en = "Being a minor does not take away her voice. Stay with her and let her tell what she wants.",
      },
      consequence = {
        es = "Nadie le preguntó a Daniela qué quería contar ni qué le daba miedo. Ella es quien mejor conoce a Kevin, y se quedó callada. Salió sintiendo que otra vez decidían por ella.",
        en = "No one asked Daniela what she wanted to tell or what she was afraid of. She is the one who knows Kevin best, and she stayed silent. She left feeling that once again others were deciding for her.",
      },
    },
    choice {
      id = "tell_her_to_tell_everything",
      to = "school_gate",
      effects = { trust = -1 },
      harm = "press_for_details_of_abuse",
      text = {
        es = "Decirle que sí, que cuente todo con detalle, hasta lo que le da pena, para que le crean.",
        en = "Tell her yes, she must tell everything in detail, even what embarrasses her, so they believe her.",
      },
      note = {
        es = "Que le crean no depende de contarlo todo. Dígale que puede contar solo lo que quiera, y parar.",
        en = "Being believed does not depend on telling everything. Tell her she can share only what she wants, and stop.",
      },
      consequence = {
        es = "Daniela contó cosas que no quería contar. Salió avergonzada y con miedo de tener que volver.",
        en = "Daniela told things she did not want to tell. She left ashamed and afraid of having to come back.",
      },
    },
  },

  scene "school_gate" {
    text = {
      es = "El lunes, en la salida de la escuela, doña Chabela le sale al paso. “Dicen que su Daniela casi se va con un hombre de internet. ¿Es cierto? Cuénteme.” Otras mamás se acercan a escuchar. Alguien propone poner los mensajes en el chat de padres.",
      en = "On Monday, outside the school gate, doña Chabela stops you. “They say your Daniela nearly ran off with a man from the internet. Is it true? Tell me.” Other mothers come closer to listen. Someone suggests posting the messages in the parents' group chat.",
    },
    prompt = {
      es = "¿Cómo se puede advertir a otras familias sin exponer a Daniela?",
      en = "How can you warn other families without exposing Daniela?",
    },
    choice {
      id = "ask_the_association_to_warn_everyone",
      to = "new_message",
      practice = "refuse_gossip",
      text = {
        es = "No hablar de Daniela. Pedir que la asociación advierta a todos de las ofertas falsas.",
        en = "Say nothing about Daniela. Ask the association to warn everyone about fake offers.",
      },
      note = {
        es = "Bien. Se puede advertir a todas las familias sin señalar a nadie.",
        en = "Good. You can warn every family without pointing at anyone.",
      },
    },
    choice {
      id = "tell_these_mothers_what_happened",
      to = "new_message",
      harm = "gossip_about_her",
      effects = { trust = -2, exposed = 1 },
      text = {
        es = "Contarles lo que pasó, solo a estas mamás, para que cuiden a sus hijas.",
        en = "Tell these mothers what happened, just them, so they look after their daughters.",
      },
      note = {
        es = "Lo que cuenta a unas pocas llega a todas. Advierta de las ofertas falsas sin hablar de Daniela.",
        en = "What you tell a few reaches everyone. Warn about fake offers without talking about Daniela.",
      },
      consequence = {
        es = "Para el martes, toda la escuela lo sabía. Se burlaron de Daniela. Ella se sintió sola y señalada.",
        en = "By Tuesday the whole school knew. Other students mocked Daniela. She felt alone and singled out.",
      },
    },
    choice {
      id = "post_the_screenshots_in_the_chat",
      to = "new_message",
      harm = "expose_identity",
      effects = { trust = -1, safety = -1, exposed = 1 },
      text = {
        es = "Subir al chat de padres las capturas de los mensajes, para que todos reconozcan a Kevin.",
        en = "Post the screenshots of the messages in the parents' chat, so everyone can recognise Kevin.",
      },
      note = {
        es = "En las capturas salen el nombre y la foto de Daniela. Pueden llegar a cualquiera, también a Kevin. Advierta sin nombres.",
        en = "The screenshots show Daniela's name and photo. They can reach anyone, Kevin included. Warn people without names.",
      },
      consequence = {
        es = "Las capturas salieron del chat. Llegaron a otros grupos, quizá a la gente de Kevin. Daniela no quiso ir a clases en una semana.",
        en = "The screenshots left the chat. They reached other groups, perhaps Kevin's people. Daniela refused to go to school for a week.",
      },
    },
  },

  scene "recruiter_warned" {
    text = {
      es = "Kevin borró su perfil en minutos. Los mensajes ya no están. Daniela está furiosa y avergonzada. “¡Me hizo quedar como una niña!” Al día siguiente, otro perfil le escribe: “Tu familia está loca. Borrá todo. Yo te sigo esperando.”",
      en = "Kevin deleted his profile within minutes. The messages are gone. Daniela is furious and ashamed. “You made me look like a little kid!” The next day another profile writes to her: “Your family is crazy. Delete everything. I'm still waiting for you.”",
    },
    detail "delete_everything" {
      indicator = "secrecy_requested",
      text = {
        es = "Le piden que borre todo y no cuente nada.",
        en = "She is told to delete everything and tell no one.",
      },
    },
    detail "another_account" {
      indicator = "online_grooming",
      text = {
        es = "El mismo hombre vuelve a buscarla con otra cuenta.",
        en = "The same man comes after her again from another account.",
      },
    },
    choice {
      id = "apologise_and_report",
      to = "at_the_office",
      practice = { "listen_without_blame", "report_to_authorities" },
      effects = { trust = 1 },
      text = {
        es = "Pedirle perdón a Daniela. Guardar capturas del perfil nuevo y denunciar juntos.",
        en = "Apologise to Daniela. Save screenshots of the new profile and report it together.",
      },
      note = {
        es = "Bien. Todavía hay pruebas. Denuncien en el Ministerio Público o en la PNC. Que la autoridad investigue, y Daniela vea que usted la escucha.",
        en = "Good. There is still evidence. Report it at the Ministerio Público or the PNC. Let the authorities investigate, and let Daniela see that you listen.",
      },
    },
    choice {
      id = "block_the_new_profile",
      to = "he_moved_on",
      harm = "let_it_drop",
      text = {
        es = "Bloquear también el perfil nuevo. Kevin ya entendió que esta familia no se deja.",
        en = "Block the new profile too. Kevin has understood that this family won't be pushed around.",
      },
      note = {
        es = "Bloquearlo no lo detiene: seguirá buscando a otras. Guarde capturas y denuncie.",
        en = "Blocking him does not stop him: he will look for other girls. Save screenshots and report him.",
      },
      consequence = {
        es = "Nadie llevó las capturas a la autoridad. El hombre detrás de los perfiles siguió libre.",
        en = "No one took the screenshots to the authorities. The man behind the profiles stayed free.",
      },
    },
    choice {
      id = "reply_pretending_to_be_her",
      to = "he_moved_on",
      harm = "confront_recruiter_alone",
      effects = { trust = -1, safety = -1 },
      text = {
        es = "Contestarle como si fuera Daniela, para sacarle dónde vive y pasárselo a la PNC.",
        en = "Reply as if you were Daniela, to find out where he lives and pass it to the PNC.",
      },
      note = {
        es = "Hacerse pasar por ella es buscarlo por su cuenta otra vez. Investigar le toca a la PNC: lleve las capturas y denuncie.",
        en = "Pretending to be her is going after him yourself again. Investigating is the PNC's job: take them the screenshots and report him.",
      },
      consequence = {
        es = "El hombre notó que no era Daniela y cortó el contacto. Daniela se sintió usada. No quedó nada que sirviera de prueba.",
        en = "The man noticed it was not Daniela and broke off contact. Daniela felt used. Nothing was left that could serve as evidence.",
      },
    },
  },

  scene "confrontation" {
    text = {
      es = "Antes del amanecer, usted espera en la parada con unos vecinos. Un carro sin placas se acerca despacio. Los ve, acelera y se va. Ese mismo día, el perfil de Kevin desaparece. Daniela no le habla.",
      en = "Before dawn you wait at the bus stop with some neighbours. A car with no number plates comes slowly closer. It sees you, speeds up and drives off. That same day, Kevin's profile disappears. Daniela will not speak to you.",
    },
    choice {
      id = "report_the_car_and_profile",
      to = "at_the_office",
      practice = "report_to_authorities",
      text = {
        es = "Ir a la PNC o al Ministerio Público. Contar lo que vio: el perfil, el carro, la hora.",
        en = "Go to the PNC or the Ministerio Público. Tell them what you saw: the profile, the car, the time.",
      },
      note = {
        es = "Bien, aunque tarde. La red ya sabe que usted sabe; la autoridad todavía puede investigar.",
        en = "Good, though late. The network knows you know; the authorities can still investigate.",
      },
    },
    choice {
      id = "leave_it_there",
      to = "he_moved_on",
      harm = "let_it_drop",
      text = {
        es = "Ya los espantaron y Daniela está en casa. Dejarlo así, para no buscarse problemas.",
        en = "You scared them off and Daniela is at home. Leave it there, so as not to invite trouble.",
      },
      note = {
        es = "Espantarlos no los detiene: buscarán a otra muchacha. Cuente a la autoridad lo que vio.",
        en = "Scaring them off does not stop them: they will look for another girl. Tell the authorities what you saw.",
      },
      consequence = {
        es = "Nadie denunció. Lo que los vecinos vieron esa madrugada no llegó a ninguna autoridad.",
        en = "No one reported it. What the neighbours saw that morning never reached the authorities.",
      },
    },
    choice {
      id = "go_after_the_car",
      to = "he_moved_on",
      harm = "confront_recruiter_alone",
      effects = { safety = -1 },
      text = {
        es = "Salir con los vecinos detrás del carro, para decirle a la PNC adónde se fue.",
        en = "Go after the car with the neighbours, so you can tell the PNC where it went.",
      },
      note = {
        es = "Perseguirlos los pone en riesgo a ustedes y avisa a la red. Denuncie lo que vio.",
        en = "Chasing them puts you at risk and warns the network. Report what you saw.",
      },
      consequence = {
        es = "No encontraron el carro. La red supo que la familia la buscaba, y nadie denunció.",
        en = "They did not find the car. The network learned that the family was after it, and no one reported it.",
      },
    },
  },

  scene "new_message" {
    text = {
      es = "Pasa una semana. Daniela está triste y callada. Dice que extraña a Kevin, aunque ya sabe lo que era. Una noche, su celular suena muchas veces seguidas.",
      en = "A week goes by. Daniela is sad and quiet. She says she misses Kevin, even though she knows what he was. One night her phone buzzes many times in a row.",
    },
    detail "misses_him" {
      indicator = "emotional_dependency",
      text = {
        es = "Extraña a Kevin. Dice que nadie la había tratado tan bonito.",
        en = "She misses Kevin. She says no one had ever treated her so sweetly.",
      },
    },
    detail "new_account" {
      indicator = "online_grooming",
      when = "trust >= 2",
      text = {
        es = "Daniela le enseña el celular. Kevin le escribe desde otra cuenta: “Todavía te espero. No le digás a nadie.”",
        en = "Daniela shows you her phone. Kevin is writing from another account: “I'm still waiting for you. Don't tell anyone.”",
      },
    },
    detail "hides_the_phone" {
      indicator = "secrecy_requested",
      when = "trust < 2",
      text = {
        es = "Cuando usted entra, Daniela esconde el celular y borra algo rápido.",
        en = "When you walk in, Daniela hides her phone and quickly deletes something.",
      },
    },
    choice {
      id = "save_it_and_talk_with_her",
      to = "safe_and_heard",
      when = "trust >= 4 and safety >= 2 and exposed == 0",
      practice = { "report_to_authorities", "listen_without_blame" },
      text = {
        es = "Guardar el mensaje para el Ministerio Público. Hablar con ella de lo que extraña, sin juzgarla.",
        en = "Keep the message for the Ministerio Público. Talk with her about what she misses, without judging.",
      },
      note = {
        es = "Bien. Extrañarlo no la hace culpable. Cada mensaje nuevo ayuda a la investigación.",
        en = "Good. Missing him does not make her guilty. Each new message helps the investigation.",
      },
    },
    choice {
      id = "save_it_and_talk_with_her_2",
      to = "stayed_uneasy",
      when = "trust >= 2 and (trust < 4 or safety < 2 or exposed > 0)",
      practice = { "report_to_authorities", "listen_without_blame" },
      text = {
        es = "Guardar el mensaje para el Ministerio Público. Hablar con ella de lo que extraña, sin juzgarla.",
        en = "Keep the message for the Ministerio Público. Talk with her about what she misses, without judging.",
      },
      note = {
        es = "Bien. Extrañarlo no la hace culpable. Cada mensaje nuevo ayuda a la investigación.",
        en = "Good. Missing him does not make her guilty. Each new message helps the investigation.",
      },
    },
    choice {
      id = "tell_her_you_wont_scold",
      to = "stayed_uneasy",
      when = "trust < 2",
      practice = "listen_without_blame",
      text = {
        es = "Sentarse con ella. Decirle que no la va a regañar, y que si Kevin escribe, puede contarle.",
        en = "Sit with her. Tell her you won't scold her, and that if Kevin writes, she can tell you.",
      },
      note = {
        es = "Bien. La confianza se reconstruye poco a poco, sin regaños.",
        en = "Good. Trust is rebuilt little by little, without scolding.",
      },
    },
    choice {
      id = "tell_her_to_block_and_ignore_him",
      to = "stayed_uneasy",
      when = "trust >= 2",
      harm = "let_it_drop",
      text = {
        es = "Decirle que bloquee esa cuenta y no conteste. Por un mensaje no vale la pena ir a la fiscalía.",
        en = "Tell her to block that account and not answer. One message is not worth a trip to the prosecutor.",
      },
      note = {
        es = "Cada mensaje cuenta: es prueba, y él sigue buscando a otras. Guarde el mensaje y llévelo a la autoridad.",
        en = "Every message counts: it is evidence, and he keeps looking for other girls. Keep the message and take it to the authorities.",
      },
      consequence = {
        es = "Daniela bloqueó la cuenta, y Kevin abrió otra. Nadie llevó los mensajes nuevos a la autoridad.",
        en = "Daniela blocked the account, and Kevin opened another. No one took the new messages to the authorities.",
      },
    },
    choice {
      id = "take_her_phone_away",
      to = "stayed_uneasy",
      when = "trust >= 3",
      harm = "blame_her",
      text = {
        es = "Quitarle el celular por un tiempo, para cuidarla: “Es por tu bien, mija.”",
        en = "Take her phone away for a while, to keep her safe: “It's for your own good, sweetheart.”",
      },
      note = {
        es = "Quitarle el celular la castiga a ella por lo que hizo Kevin. Hable con ella y guarde el mensaje.",
        en = "Taking her phone punishes her for what Kevin did. Talk with her and keep the message.",
      },
      consequence = {
        es = "Daniela sintió que la castigaban a ella por lo que hizo Kevin. Dejó de contarle sus cosas.",
        en = "Daniela felt punished for what Kevin did. She stopped telling you things.",
      },
    },
    choice {
      id = "take_her_phone_away_2",
      to = "gone",
      when = "trust < 3",
      harm = "blame_her",
      text = {
        es = "Quitarle el celular por un tiempo, para cuidarla: “Es por tu bien, mija.”",
        en = "Take her phone away for a while, to keep her safe: “It's for your own good, sweetheart.”",
      },
      note = {
        es = "Quitarle el celular la castiga a ella por lo que hizo Kevin. Hable con ella sin regaños.",
        en = "Taking her phone punishes her for what Kevin did. Talk with her without scolding.",
      },
      consequence = {
        es = "Daniela sintió que la castigaban a ella por lo que hizo Kevin. Con el celular de una amiga, volvió a escribirle. Una madrugada se fue.",
        en = "Daniela felt punished for what Kevin did. She wrote to him again from a friend's phone. One morning before dawn, she left.",
      },
    },
  },

  ending "safe_and_heard" {
    outcome = "good",
    text = {
      es = "Daniela se quedó en San Miguel El Roble. El Ministerio Público investiga las cuentas de Kevin. Daniela todavía sueña con irse algún día. Ahora lo habla en la casa, y lo planean juntos, con calma. Cuando alguien le escribe algo raro, se lo enseña.",
      en = "Daniela stayed in San Miguel El Roble. The Ministerio Público is investigating Kevin's accounts. Daniela still dreams of leaving one day. Now she talks about it at home, and you plan it together, calmly. When someone sends her something odd, she shows you.",
    },
  },

  ending "stayed_uneasy" {
    outcome = "mixed",
    text = {
      es = "Daniela no se fue. Pero algo se rompió. Ya no le cuenta sus cosas, y todavía le llegan mensajes que usted no ve. Está en casa, por ahora. La confianza tendrá que reconstruirse poco a poco.",
      en = "Daniela did not leave. But something broke. She no longer tells you things, and messages you never see still reach her. She is at home, for now. Trust will have to be rebuilt little by little.",
    },
  },

  ending "he_moved_on" {
    outcome = "mixed",
    text = {
      es = "El perfil de Kevin desapareció, y con él las pruebas. Nadie lo denunció. Semanas después, la maestra Irma contó algo. Una muchacha de otra aldea recibió una oferta igual. Daniela está en casa, pero no le habla del tema.",
      en = "Kevin's profile disappeared, and the evidence with it. No one reported him. Weeks later, teacher Irma had news. A girl from another village got the very same offer. Daniela is at home, but she won't talk to you about it.",
    },
  },

  ending "gone" {
    outcome = "bad",
    text = {
      es = "Daniela se fue antes del amanecer con el “primo” de Kevin. Su celular ya no contesta. La familia fue a la PNC esa misma mañana. Tres semanas después, Daniela llamó una vez desde un número de México. Dijo que estaba bien y colgó rápido. No dijo dónde estaba.",
      en = "Daniela left before dawn with Kevin's “cousin”. Her phone no longer answers. The family went to the PNC that same morning. Three weeks later, Daniela called once from a Mexican number. She said she was fine and hung up quickly. She did not say where she was.",
    },
  },
}
