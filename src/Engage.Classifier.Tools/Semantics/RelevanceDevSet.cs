namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// The development set the <see cref="Signals.RelevanceBlend"/> shape is chosen on, written for it and kept apart from
/// the library's relevance test set (tests/…/Semantics/RelevanceTestSet.cs), so that the test set stays a check, not a
/// target: sixteen posts on other topics, each with an on-topic comment that shares no content word with its post (a
/// reader talking about the topic in their own words) and an off-topic comment of the same shape about something else.
/// </summary>
internal static class RelevanceDevSet
{
    /// <summary>(Title, Text, OnTopic, OffTopic) for each post.</summary>
    public static readonly (string Title, string Text, string OnTopic, string OffTopic)[] Cases =
    [
        ("Brewing better coffee at home",
            "Grind the beans just before brewing, use water just off the boil, and weigh everything.",
            "My espresso tastes sour and gushes through the portafilter in ten seconds; should I go finer?",
            "My lemonade tastes sour and drips through the strainer in ten seconds; should I add sugar?"),
        ("Preparing for a first marathon",
            "Build mileage slowly, add one long run each week, and taper for the final fortnight.",
            "At kilometre thirty my legs turned to concrete and I had to walk; were my gels too far apart?",
            "At chapter thirty my eyes turned heavy and I had to stop reading; were my glasses too weak?"),
        ("Backing up your family photos",
            "Keep three copies on two kinds of storage, with one copy kept off site.",
            "My external drive clicks and Windows no longer sees it; can the pictures from our wedding be recovered?",
            "My old car clicks and the engine no longer starts; can the seats from our minivan be reused?"),
        ("Lowering blood pressure without medication",
            "Cut salt, walk daily, drink less alcohol and keep a healthy weight.",
            "My readings are 150 over 95 every morning even though I jog; should I see a cardiologist?",
            "My bookshelves are packed with novels every spring even though I donate; should I buy an e-reader?"),
        ("Setting up a freshwater aquarium",
            "Cycle the tank for several weeks before adding fish, and test ammonia and nitrite levels.",
            "Two of my neon tetras died overnight and the others gasp at the surface; is the filter too weak?",
            "Two of my house plants died overnight and the others droop by the window; is the radiator too strong?"),
        ("Writing a strong cover letter",
            "Address the hiring manager by name, match your experience to the job ad, and keep it to one page.",
            "Should I mention the two-year gap on my CV when I apply for the nursing position?",
            "Should I mention the two-year warranty on my fridge when I sell it at the flea market?"),
        ("Rust for C++ programmers",
            "Ownership and borrowing replace manual memory management; the compiler checks lifetimes for you.",
            "Why does cargo reject my struct that keeps a pointer into a vec across loop iterations?",
            "Why does customs reject my parcel that keeps a battery inside a box across border crossings?"),
        ("Caring for a cast iron pan",
            "Dry it right after washing, wipe on a thin layer of oil, and heat it until it smokes.",
            "The skillet has orange rust patches and my eggs stick; should I strip it and season again?",
            "The fence has orange rust patches and my gate sticks; should I sand it and paint again?"),
        ("Lowering your home energy bill",
            "Insulate the loft, seal draughts around doors and windows, and turn the thermostat down one degree.",
            "Would a heat pump pay for itself in a chilly Victorian terrace with solar panels on the roof?",
            "Would a new bicycle pay for itself in a hilly Victorian town with cobbles on every street?"),
        ("Negotiating a pay rise",
            "Gather evidence of your results, know the market rate, and ask for a specific figure.",
            "My manager says salaries are frozen until spring; is it worth hinting that I might quit?",
            "My landlord says the boiler is broken until spring; is it worth hinting that I might move?"),
        ("Identifying birds by their songs",
            "Learn a few common calls at a time, and record what you hear at dawn.",
            "A tiny brown one keeps trilling from the hedge every morning; could it be a wren?",
            "A tiny brown mouse keeps scratching in the attic every night; could it be a squirrel?"),
        ("Renewing a passport before travel",
            "Apply at least ten weeks ahead, with a recent photo and your old document.",
            "My flight to Canada leaves on the fifth and the embassy hasn't replied; can I pay for an urgent appointment?",
            "My cousin from Canada arrives on the fifth and the caterer hasn't replied; can I pay for a cheaper menu?"),
        ("Understanding index funds",
            "They track a whole market at low cost, so fees matter more than picking winners.",
            "Is an S&P 500 ETF with a 0.03% expense ratio better than the bank's managed portfolio?",
            "Is a 500-piece jigsaw with a glossy picture better than the shop's wooden board game?"),
        ("Treating a sprained ankle",
            "Rest, ice, compression and elevation for the first two days, then gentle movement.",
            "I twisted it stepping off a kerb and now it's swollen and purple; should I get an X-ray?",
            "I dropped it stepping off a bus and now it's cracked and dark; should I get a new screen?"),
        ("Starting a compost heap",
            "Mix green kitchen scraps with brown material like cardboard and turn the pile every few weeks.",
            "Mine is slimy and reeks of ammonia; do I need more dry leaves and straw?",
            "Mine is greasy and reeks of fish; do I need more dish soap and hot water?"),
        ("Getting started with watercolour painting",
            "Buy a few quality pigments, heavy paper, and practise washes before detailed work.",
            "My skies always end up with blooms and hard edges where the blue dries unevenly; too much liquid on the brush?",
            "My shirts always end up with stains and hard creases where the iron glides unevenly; too much steam on the setting?"),
    ];
}
