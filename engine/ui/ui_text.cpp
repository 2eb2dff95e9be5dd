#include "ui_text.h"

#include <array>

namespace senales::ui {

namespace {

struct Entry {
    Str key;
    const char* es;
    const char* en;
};

// In the order of the enum; string_table_is_complete() checks it.
constexpr std::array<Entry, kStringCount> kTable = {{
    {Str::app_name, "Señales", "Señales"},
    {Str::tagline, "Un juego de entrenamiento sobre la trata de personas",
     "A training game about human trafficking"},
    {Str::teaches_signs,
     "Reconocer las señales de la trata: una oferta de trabajo engañosa, documentos que guarda otra persona, alguien "
     "que contesta por ella, una deuda que nunca baja, una menor con el documento de una adulta.",
     "Recognise the signs of trafficking: a deceptive job offer, documents held by someone else, a companion who "
     "answers for her, a debt that never shrinks, a minor with an adult's ID."},
    {Str::teaches_care,
     "Identificar a las personas sin volver a dañarlas: separarla de quien la controla, un intérprete seguro, nunca "
     "tratarla como culpable, presumir minoría de edad ante la duda, pedir su consentimiento y derivarla a protección.",
     "Identify people without harming them again: separate her from whoever controls her, use a safe interpreter, "
     "never treat her as the offender, presume she is a minor when in doubt, ask for her consent and refer her to "
     "protection."},
    {Str::start, "Comenzar", "Start"},
    {Str::settings, "Ajustes", "Settings"},
    {Str::quit, "Salir del juego", "Quit"},
    {Str::language, "Idioma / Language", "Language / Idioma"},
    {Str::keyboard_hint, "Teclado: Tab o flechas para moverse, Enter para confirmar, Esc para volver o hacer una pausa.",
     "Keyboard: Tab or arrows to move, Enter to confirm, Esc to go back or pause."},
    {Str::who_title, "¿Quién juega?", "Who is playing?"},
    {Str::who_name, "Nombre o código", "Name or code"},
    {Str::who_name_hint, "Puede dejarlo vacío y jugar como invitado.", "Leave it empty to play as a guest."},
    {Str::guest, "Invitado", "Guest"},
    {Str::audience_label, "¿Para qué se entrena?", "What are you training for?"},
    {Str::audience_police, "Policía", "Police"},
    {Str::audience_police_hint, "Inspecciones, operativos y entrevistas", "Inspections, operations and interviews"},
    {Str::audience_consular, "Personal consular", "Consular staff"},
    {Str::audience_consular_hint, "Atención a connacionales en el extranjero", "Assisting nationals abroad"},
    {Str::audience_community, "Comunidad", "Community"},
    {Str::audience_community_hint, "Madres, padres, docentes y vecinos", "Parents, teachers and neighbours"},
    {Str::continue_, "Continuar", "Continue"},
    {Str::back, "Volver", "Back"},
    {Str::list_title, "Escenarios", "Scenarios"},
    {Str::list_for, "Para: {}", "For: {}"},
    {Str::list_playing_as, "Juega: {}", "Playing: {}"},
    {Str::list_empty, "Todavía no hay escenarios para este público. Vuelva y elija otro.",
     "There are no scenarios for this audience yet. Go back and choose another."},
    {Str::minutes, "{} min", "{} min"},
    {Str::difficulty, "Dificultad: {}", "Difficulty: {}"},
    {Str::difficulty_1, "básica", "basic"},
    {Str::difficulty_2, "media", "intermediate"},
    {Str::difficulty_3, "avanzada", "advanced"},
    {Str::not_played, "Sin jugar", "Not played yet"},
    {Str::best_score, "Hecho · mejor resultado {}/100", "Done · best score {}/100"},
    {Str::load_problems, "{} escenario(s) no se pudieron abrir; «senales check» dice por qué.",
     "{} scenario(s) could not be opened; “senales check” says why."},
    {Str::note_title, "Antes de empezar", "Before you start"},
    {Str::note_touches, "De qué trata", "What this story touches"},
    {Str::note_fixed,
     "Puede hacer una pausa con Esc o salir del escenario en cualquier momento. Si algo le afecta, hable con quien "
     "facilita la sesión o con una persona de confianza: no tiene que seguir.",
     "You can pause with Esc or leave the scenario at any time. If something affects you, talk to the person "
     "running the session or someone you trust: you do not have to go on."},
    {Str::note_objectives, "Lo que va a practicar", "What you will practise"},
    {Str::begin, "Empezar", "Begin"},
    {Str::scene_details, "Lo que se puede observar", "What you can notice"},
    {Str::scene_details_hint, "Marque lo que le parezca una señal de alerta. Puede quitar la marca.",
     "Flag what looks like a warning sign. You can take the flag back."},
    {Str::flag, "Marcar", "Flag"},
    {Str::unflag, "Quitar", "Unflag"},
    {Str::choices, "¿Qué hace?", "What do you do?"},
    {Str::choices_hint, "Pulse el número de una opción, o selecciónela.", "Press a choice's number, or select it."},
    {Str::notebook, "Libreta", "Notebook"},
    {Str::notebook_empty, "Aún no ha marcado nada.", "Nothing flagged yet."},
    {Str::notebook_hint, "Lo que marcó como señal de alerta. Seleccione una entrada para quitar la marca.",
     "What you flagged as warning signs. Select an entry to take the flag back."},
    {Str::pause_hint, "Esc: pausa", "Esc: pause"},
    {Str::image_missing, "Imagen no disponible: {}", "Image not available: {}"},
    {Str::pause_title, "Pausa", "Paused"},
    {Str::pause_text, "Puede seguir, empezar de nuevo o salir del escenario cuando quiera.",
     "You can go on, start again, or leave the scenario whenever you like."},
    {Str::resume, "Seguir", "Resume"},
    {Str::restart, "Empezar de nuevo", "Restart"},
    {Str::leave, "Salir del escenario", "Leave the scenario"},
    {Str::feedback_good, "Buena práctica", "Good practice"},
    {Str::feedback_harm, "Cuidado", "Careful"},
    {Str::feedback_hint, "Sobre la decisión que acaba de tomar", "About the choice you just made"},
    {Str::discussion_title, "Para conversar", "To discuss"},
    {Str::discussion_hint, "Una pausa para el grupo. Cuando terminen, continúen.",
     "A pause for the group. When you are ready, continue."},
    {Str::ending_title, "Lo que pasó con ella", "What became of her"},
    {Str::outcome_good, "Un desenlace favorable", "A good outcome"},
    {Str::outcome_mixed, "Un desenlace incierto", "A mixed outcome"},
    {Str::outcome_bad, "Un desenlace desfavorable", "A bad outcome"},
    {Str::see_debrief, "Ver el resumen", "See the debrief"},
    {Str::debrief_title, "Resumen", "Debrief"},
    {Str::overall, "Resultado general", "Overall"},
    {Str::passed, "Aprobado", "Passed"},
    {Str::not_passed, "No aprobado", "Not passed"},
    {Str::passed_old_rule, "Calificado con la regla anterior", "Scored under the earlier rule"},
    {Str::pass_mark, "Nota mínima: {}", "Pass mark: {}"},
    {Str::found, "Señales que encontró", "Signs you found"},
    {Str::missed, "Señales que no marcó", "Signs you missed"},
    {Str::wrongly_flagged, "Marcó detalles que por sí solos no son señales",
     "You flagged details that are not signs on their own"},
    {Str::harms, "Lo que dañó a la persona", "What harmed the person"},
    {Str::principle, "Principio: {}", "Principle: {}"},
    {Str::in_this_story, "En esta historia: {}", "In this story: {}"},
    {Str::instead, "En su lugar: {}", "Instead: {}"},
    {Str::practices, "Buenas prácticas que aplicó", "Good practices you applied"},
    {Str::timeline, "Sus decisiones", "Your decisions"},
    {Str::try_again, "Intentar de nuevo desde aquí", "Try again from here"},
    {Str::alt_better, "Mejor: {}", "Better: {}"},
    {Str::alt_same, "Igual: {}", "Same: {}"},
    {Str::alt_worse, "Peor: {}", "Worse: {}"},
    {Str::kind_good, "buena práctica", "good practice"},
    {Str::kind_neutral, "neutral", "neutral"},
    {Str::kind_harm, "daño", "harm"},
    {Str::sources, "Fuentes", "Sources"},
    {Str::sources_list, "Fuentes: {}", "Sources: {}"},
    {Str::play_again, "Jugar de nuevo", "Play again"},
    {Str::back_to_list, "Volver a la lista", "Back to the list"},
    {Str::nothing_here, "Nada en este apartado.", "Nothing here."},
    {Str::severity_minor, "daño menor", "minor harm"},
    {Str::severity_serious, "daño serio", "serious harm"},
    {Str::severity_grave, "daño grave", "grave harm"},
    {Str::strength_weak, "señal débil", "weak sign"},
    {Str::strength_medium, "señal media", "medium sign"},
    {Str::strength_strong, "señal fuerte", "strong sign"},
    {Str::settings_title, "Ajustes", "Settings"},
    {Str::text_size, "Tamaño del texto: {}%", "Text size: {}%"},
    {Str::smaller, "A− más pequeño", "A− smaller"},
    {Str::larger, "A+ más grande", "A+ larger"},
    {Str::theme, "Colores", "Colours"},
    {Str::theme_dark, "Oscuro", "Dark"},
    {Str::theme_light, "Claro", "Light"},
    {Str::theme_contrast, "Alto contraste", "High contrast"},
    {Str::feedback_timing, "Comentarios tras cada decisión", "Feedback after each choice"},
    {Str::timing_scenario, "Como diga el escenario", "As the scenario says"},
    {Str::timing_immediate, "Siempre al momento", "Always right away"},
    {Str::timing_deferred, "Siempre al final, en el resumen", "Always at the end, in the debrief"},
    {Str::fullscreen, "Pantalla completa (F11)", "Full screen (F11)"},
    {Str::facilitator, "Modo facilitador (en clase)", "Facilitator mode (classroom)"},
    {Str::facilitator_hint,
     "Texto grande, pantalla completa y pausas para conversar en las escenas donde el escenario las propone.",
     "Large text, full screen, and pauses for discussion at the scenes where the scenario suggests them."},
    {Str::settings_unreadable, "No se pudieron leer los ajustes guardados; se usan los de siempre.",
     "The saved settings could not be read; the defaults are used."},
    {Str::font_missing,
     "No se encontró la letra DejaVu Sans (paquete fonts-dejavu-core): algunos acentos pueden faltar.",
     "The DejaVu Sans font was not found (package fonts-dejavu-core): some accents may be missing."},
    {Str::done, "Listo", "Done"},
    {Str::my_progress, "Mi progreso",
     "My progress"},
    {Str::class_summary, "Resumen de la clase",
     "Class summary"},
    {Str::resume_title, "Tiene un escenario sin terminar",
     "You have an unfinished scenario"},
    {Str::resume_text, "Empezó «{}» el {} (decisiones tomadas: {}). Puede seguir exactamente donde lo dejó, o empezar de nuevo.",
     "You started “{}” on {} (decisions made: {}). You can go on exactly where you left off, or start over."},
    {Str::resume_go_on, "Seguir donde lo dejé",
     "Go on where I left off"},
    {Str::resume_start_over, "Empezar de nuevo (el intento queda como abandonado)",
     "Start over (the attempt is kept as abandoned)"},
    {Str::resume_changed, "El escenario «{}» cambió desde su intento sin terminar; ese intento se guardó como abandonado.",
     "The scenario “{}” changed since your unfinished attempt; that attempt was kept as abandoned."},
    {Str::records_of, "Registros de: {}",
     "Records of: {}"},
    {Str::progress_none, "Todavía no hay intentos registrados.",
     "No attempts recorded yet."},
    {Str::progress_chart, "Resultado general de cada intento terminado, del primero al último",
     "Overall score of each finished attempt, first to last"},
    {Str::progress_best, "Mejor resultado por escenario",
     "Best score per scenario"},
    {Str::progress_best_line, "{}   (intentos terminados: {})",
     "{}   (finished attempts: {})"},
    {Str::progress_attempts, "Intentos, del más reciente al más antiguo",
     "Attempts, most recent first"},
    {Str::status_finished, "terminado",
     "finished"},
    {Str::status_in_progress, "sin terminar",
     "unfinished"},
    {Str::status_abandoned, "abandonado",
     "abandoned"},
    {Str::delete_records, "Borrar mis registros",
     "Delete my records"},
    {Str::delete_confirm, "¿Borrar todos los intentos de {}? No se puede deshacer.",
     "Delete every attempt of {}? This cannot be undone."},
    {Str::delete_yes, "Sí, borrar",
     "Yes, delete"},
    {Str::delete_no, "No, conservarlos",
     "No, keep them"},
    {Str::deleted, "Intentos borrados: {} (de {}).",
     "Attempts deleted: {} (of {})."},
    {Str::summary_none, "Todavía no hay intentos terminados en este equipo.",
     "No finished attempts on this computer yet."},
    {Str::summary_line, "Intentos terminados: {}  ·  aprobados: {} ({} %)",
     "Finished attempts: {}  ·  passed: {} ({} %)"},
    {Str::summary_old_rule,
     "Además, {} intentos se calificaron con la regla anterior, que aprobaba sin todas las competencias: no se cuentan aquí.",
     "Also {} attempts were scored under the earlier rule, which passed without every competency: they are not counted here."},
    {Str::summary_means, "Promedio del grupo",
     "Class average"},
    {Str::summary_missed, "Señales que más se pasaron por alto (veces)",
     "Signs missed most often (times)"},
    {Str::summary_harms, "Daños más frecuentes (veces)",
     "Most frequent harms (times)"},
    {Str::summary_none_missed, "Ninguna: todas se marcaron.",
     "None: every one was flagged."},
    {Str::summary_no_harms, "Ninguno.",
     "None."},
    {Str::records_private, "Los registros se quedan en este equipo; nada se envía por la red.",
     "Records stay on this computer; nothing is sent over the network."},
    {Str::records_unavailable, "Los registros no se pueden guardar en este equipo ({}). Puede jugar, pero sus intentos no se conservarán al cerrar.",
     "Records cannot be saved on this computer ({}). You can play, but your attempts will not be kept after you close the game."},
    {Str::records_problem, "Problema con los registros: {}",
     "Problem with the records: {}"},
    {Str::records_damaged,
     "El archivo de registros estaba dañado. Se guardó aparte como copia ({}) y se empezó uno nuevo.",
     "The records file was damaged. It was kept aside as a backup ({}) and a new one was started."},
    {Str::records_newer,
     "El archivo de registros es de una versión más nueva de Señales. Se guardó aparte ({}) y se empezó uno nuevo: "
     "actualice Señales para volver a verlo.",
     "The records file comes from a newer version of Señales. It was kept aside ({}) and a new one was started: update "
     "Señales to see it again."},
}};

}  // namespace

const char* tr(Str key, Lang lang) {
    const Entry& entry = kTable[static_cast<std::size_t>(key)];
    return lang == Lang::es ? entry.es : entry.en;
}

std::string trf(Str key, Lang lang, std::initializer_list<std::string_view> args) {
    std::string text = tr(key, lang);
    std::size_t at = 0;
    for (std::string_view arg : args) {
        at = text.find("{}", at);
        if (at == std::string::npos) break;
        text.replace(at, 2, arg);
        at += arg.size();
    }
    return text;
}

bool string_table_is_complete() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (static_cast<std::size_t>(kTable[i].key) != i || !kTable[i].es || !kTable[i].en) return false;
    return true;
}

}  // namespace senales::ui
