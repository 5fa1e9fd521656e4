using System.Globalization;
using System.Text;
using Engage.Classifier.Tests.Support;

namespace Engage.Classifier.Tests.Training;

/// <summary>Training from CSV text in a file, a stream or a reader gives the same model; errors name the source and line.</summary>
public sealed class TrainFromCsvTests : IDisposable
{
    private static readonly TrainerOptions Quick = new() { NumberOfTrees = 5, Folds = 2, TextIterations = 10, Seed = 3 };

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A small labeled set over four threads, made up for this test.</summary>
    private static (string Comments, string Posts) SmallSet()
    {
        string[] shops = ["watch-deals", "pill-store", "loan-fast", "bag-outlet"];
        string[] topics = ["rye starter", "oven spring", "cold proof", "crumb shot"];
        var comments = new StringBuilder("id,thread,content,label\n");
        for (int i = 0; i < 48; i++)
        {
            string thread = $"t{i % 4}";
            string text = i % 2 == 0
                ? $"cheap deal {i} visit http://{shops[i % 4]}.example/buy?id={i} best price order now"
                : $"I tried the {topics[i % 4]} idea on day {i} and it worked, does it change with whole wheat?";
            comments.Append(CultureInfo.InvariantCulture, $"{i},{thread},\"{text}\",{(i % 2 == 0 ? "spam" : "genuine")}\n");
        }

        string posts = "thread,title,text\n" + string.Concat(topics.Select((t, i) => $"t{i},{t},\"All about the {t}.\"\n"));
        return (comments.ToString(), posts);
    }

    private static byte[] Saved(TrainingResult result)
    {
        using var stream = new MemoryStream();
        result.Classifier.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void StreamAndReader_TrainTheSameModelAsThePaths()
    {
        (string comments, string posts) = SmallSet();
        var trainer = new CommentClassifierTrainer(Quick);
        byte[] fromPaths = Saved(trainer.TrainFromCsv(_temp.Write(comments), _temp.Write(posts)));

        byte[] fromStreams = Saved(trainer.TrainFromCsv(new MemoryStream(Encoding.UTF8.GetBytes(comments)), new MemoryStream(Encoding.UTF8.GetBytes(posts))));
        byte[] fromReaders = Saved(trainer.TrainFromCsv(new StringReader(comments), new StringReader(posts)));

        fromStreams.Should().Equal(fromPaths);
        fromReaders.Should().Equal(fromPaths);
    }

    [Fact]
    public void Stream_MalformedRow_NamesTheCommentsStreamAndLine()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("id,thread,content,label\n1,t1,fine,genuine\n2,t2,odd,perhaps\n"));

        Action act = () => new CommentClassifierTrainer(Quick).TrainFromCsv(stream);

        act.Should().Throw<ClassifierDataException>().WithMessage("Malformed CSV 'comments stream', line 3: unknown label 'perhaps'*");
    }

    [Fact]
    public void NullComments_ThrowArgumentNull()
    {
        var trainer = new CommentClassifierTrainer(Quick);

        Action stream = () => trainer.TrainFromCsv((Stream)null!);
        Action reader = () => trainer.TrainFromCsv((TextReader)null!);

        stream.Should().Throw<ArgumentNullException>().WithParameterName("comments");
        reader.Should().Throw<ArgumentNullException>().WithParameterName("comments");
    }
}
