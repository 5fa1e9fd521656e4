namespace Engage.Classifier.Tests.Semantics;

/// <summary>
/// Written for the semantic relevance tests: twelve posts, each with an on-topic comment that shares no
/// content word with the post (a reader asking about the topic in their own words) and an off-topic comment
/// of the same shape (same sentence pattern, about something else).
/// </summary>
internal static class RelevanceTestSet
{
    public static readonly RelevanceCase[] Cases =
    [
        new("Fixing slow Wi-Fi at home",
            "Place the router high and central, away from thick walls and microwaves, and update its firmware.",
            "Since the neighbours moved in, streaming stutters every evening; is that congestion on the band?",
            "Since the neighbours moved in, the garden smells every evening; is that compost on the fence?"),
        new("How to keep sourdough starter alive",
            "Feed it flour and water daily, discard half before feeding, and keep the jar somewhere warm.",
            "Mine smelled like nail polish remover after a week in the fridge. Is the yeast dead?",
            "Mine smelled like wet dog after a week in the garage. Is the carpet ruined?"),
        new("Choosing a first road bike",
            "Frame size matters more than components; test ride several models and budget for a proper fitting.",
            "My saddle hurts after forty kilometres and my hands go numb on long climbs. Should I raise the handlebars?",
            "My back hurts after forty minutes and my hands go numb at the keyboard. Should I raise the monitor?"),
        new("Growing tomatoes on a balcony",
            "Use large pots, give them six hours of sun, and water deeply in the morning.",
            "The leaves curl and the lower ones turn yellow with brown spots; could that be blight from wet foliage?",
            "The pages curl and the older ones turn yellow with brown spots; could that be damp from the basement?"),
        new("Paying off credit card debt",
            "List every balance, pay the minimum on all of them, and throw extra money at the highest rate first.",
            "Would moving everything to a zero-percent transfer offer and cutting up the plastic help me escape faster?",
            "Would moving everything to a bigger tent and cutting up the old tarp help me camp more comfortably?"),
        new("Getting a toddler to sleep through the night",
            "A calm bedtime routine, a dark room and the same time every evening make the biggest difference.",
            "Our two-year-old wakes at three and screams until we bring her into our bed. Any advice?",
            "Our two-year-old laptop crashes at startup and beeps until we pull the battery out. Any advice?"),
        new("Understanding camera exposure",
            "Aperture, shutter speed and ISO together decide how bright a photo turns out.",
            "My night shots of the city come out grainy and blurry when I hold it by hand; would a tripod fix that?",
            "My night shifts at the hospital come out exhausting and lonely when I work alone; would a roommate fix that?"),
        new("Training a puppy not to bite",
            "Redirect the chewing to a toy, stop play when teeth touch skin, and reward gentle behaviour.",
            "Ours nips our ankles whenever we walk down the hallway and growls when we pick him up. Is he going through a phase?",
            "Ours leaks onto our ankles whenever we walk down the hallway and creaks when we step on it. Is it going through a phase?"),
        new("Learning Python as a beginner",
            "Start with variables, loops and functions, then build a small project you actually care about.",
            "I keep getting an IndentationError and a NameError when I run my script; what am I doing wrong?",
            "I keep getting a parking ticket and a warning letter when I park my van; what am I doing wrong?"),
        new("Planning a week in Lisbon",
            "Stay in Alfama or Baixa, ride tram 28 early, and take a day trip to Sintra.",
            "Are the custard tarts at Belém worth the queue, and is the fado in the old quarter touristy?",
            "Are the burgers at the stadium worth the queue, and is the music in the car park too loud?"),
        new("Staking ADA with a stake pool",
            "Delegating keeps your coins in your wallet; rewards arrive every epoch after a short delay.",
            "How long until I see the first payout in Daedalus, and can I switch to a different operator?",
            "How long until I see the first episode of the new season, and can I switch to a different subtitle language?"),
        new("Replacing a leaking kitchen tap",
            "Turn off the water supply, unscrew the handle and swap the worn washer or cartridge.",
            "The faucet under my sink still drips after I tightened everything; do I need plumber's tape on the threads?",
            "The printer under my desk still jams after I cleaned everything; do I need special paper for the tray?"),
    ];
}
