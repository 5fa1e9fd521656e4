using System.Text;

namespace Engage.Classifier.Benchmarks.Support;

/// <summary>Comment lengths measured by the single-comment benchmarks.</summary>
public enum CommentLength
{
    /// <summary>About 60 characters.</summary>
    Short,

    /// <summary>About 400 characters.</summary>
    Medium,

    /// <summary>About 4,000 characters.</summary>
    Long,
}

/// <summary>
/// Invented blog posts and comments (written for these benchmarks, not taken from any corpus) to build
/// comments of a given length that read like real ones and talk about their post.
/// </summary>
internal static class SampleTexts
{
    public const string PostTitle = "Sourdough starter in seven days: what actually happens in the jar";

    public static readonly string PostText = string.Join(
        "\n\n",
        "A starter is nothing more than flour and water left alone long enough for wild yeast and lactic acid bacteria to take over. "
        + "The first two days are usually quiet, then on day three the jar suddenly doubles and smells like old socks or nail polish. "
        + "That early rise is not yeast at all: it is a burst of leuconostoc and other bacteria that die off once the jar turns sour.",
        "Most people give up on day four, because the starter goes flat again. Keep feeding it. Discard all but fifty grams, add fifty "
        + "grams of whole wheat flour and fifty grams of water at room temperature, stir, and put a rubber band around the jar to mark the level. "
        + "Rye flour speeds things up; chlorinated tap water slows them down, so leave the water out overnight or use filtered water.",
        "By day six or seven the starter should rise predictably within four to eight hours of a feeding and smell pleasantly sour, like yogurt "
        + "or green apples. The float test is unreliable with whole grain flours, so judge by the rise and by the bubbles on the side of the jar. "
        + "If a grey liquid (hooch) collects on top, the starter is hungry: pour it off or stir it back in for a tangier bread.",
        "Once it is reliable you can keep it in the fridge and feed it once a week. Take it out the evening before you bake, feed it twice, "
        + "and use it at its peak. A healthy starter survives a lot of neglect; a starter that smells of acetone after a week in the fridge "
        + "only needs two or three warm feedings to come back.");

    public static readonly string SecondPostTitle = "Replacing a bike's bottom bracket without special tools";

    public static readonly string SecondPostText =
        "The creaking that follows you up every hill is often the bottom bracket. Before buying anything, check the pedals, the crank bolts "
        + "and the chainring bolts, since all of them can creak the same way. If the noise stays, remove the cranks, clean the threads of the "
        + "shell, grease them and the cups generously, and torque the new bracket to the value printed on it. A cheap wrench and a bit of care "
        + "are enough; the expensive tool only saves you from rounding the splines.";

    private const string ShortComment = "Day three smelled like nail polish here too, glad it's normal!";

    private const string MediumComment =
        "Thanks for this, it finally explains why my starter doubled on day three and then went completely flat. I almost threw it out. "
        + "I switched to half rye and started leaving the tap water out overnight like you suggest, and on day six it rose to the rubber band "
        + "in about five hours. One question: when it goes into the fridge, do you feed it right before, or let it peak first? "
        + "Mine gets a layer of hooch after four days.";

    private static readonly string[] LongParagraphs =
    [
        "I have been baking with a starter for about three years now and wanted to add a few things that took me far too long to learn, "
        + "because this is the first write-up I have seen that is honest about the day-four slump. My first two starters both went flat "
        + "on day four and I binned them, convinced that my kitchen was too cold or that I had killed the yeast with tap water.",
        "The third time I kept a notebook. I weighed everything, marked the jar with a rubber band after every feeding and wrote down the "
        + "height every few hours. The early rise on day two and three was dramatic, almost triple, and it smelled awful, exactly as you "
        + "describe. Then nothing for nearly two days. On day six it started to rise again, slowly at first, and it smelled like yogurt.",
        "What made the biggest difference for me was temperature. My kitchen sits around 19 degrees in winter and at that temperature the "
        + "starter takes twice as long to peak. I now keep the jar in the oven with only the light on, which holds it around 26 degrees, "
        + "and the timing in your post matches mine almost to the hour. A cheap thermometer taped to the jar is worth it.",
        "Flour matters too. Plain white flour worked, but it was slow and the starter stayed runny. Swapping a third of it for whole rye made "
        + "the rise faster and more predictable, and the smell became fruity rather than sharp. I tried spelt once and it behaved like rye "
        + "but with a thinner consistency, so I reduced the water a little. Whole wheat sits somewhere in between.",
        "About the fridge: I feed mine, let it rise for an hour or two, and then put it away, so it has food for the week. If it comes out "
        + "with hooch on top I pour the liquid off, discard most of it and give it two feedings a few hours apart before baking. "
        + "After a two-week holiday it smelled strongly of acetone, and it still came back after three warm feedings.",
        "The float test never worked for me with rye in the mix, so I am glad you call it unreliable. I go by the rise: when it has doubled "
        + "and the top is domed, or just starting to fall, I mix the dough. Bread made at the peak has a more open crumb and less sourness "
        + "than bread made when the starter has already collapsed, which is useful if your family does not like very sour bread.",
        "Last thing, for anyone reading the comments with a flat starter on day four: do not give up, keep the feedings regular, keep it warm, "
        + "and be patient for a few more days. Thanks again for the clear explanation and for not pretending it is foolproof; I will send "
        + "this to my sister, who is on her second failed attempt and about to give up on sourdough altogether.",
    ];

    public static readonly Post Post = new(PostTitle, PostText);

    public static readonly Post SecondPost = new(SecondPostTitle, SecondPostText);

    public static string CommentText(CommentLength length) => length switch
    {
        CommentLength.Short => ShortComment,
        CommentLength.Medium => MediumComment,
        CommentLength.Long => LongComment(4_000),
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, null),
    };

    /// <summary>The long comment: its paragraphs in order, repeated from the start if needed, cut at a sentence near <paramref name="characters"/>.</summary>
    private static string LongComment(int characters)
    {
        var text = new StringBuilder();
        for (int i = 0; text.Length < characters; i++)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(LongParagraphs[i % LongParagraphs.Length]);
        }

        string all = text.ToString();
        int end = all.LastIndexOf(". ", characters, StringComparison.Ordinal);
        return end > characters / 2 ? all[..(end + 1)] : all[..characters];
    }
}
