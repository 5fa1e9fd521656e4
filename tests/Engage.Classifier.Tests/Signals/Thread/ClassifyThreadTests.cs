namespace Engage.Classifier.Tests.Signals.Thread;

/// <summary><see cref="CommentClassifier.ClassifyThread"/>: comments compared with the earlier comments of their thread.</summary>
public sealed class ClassifyThreadTests
{
    private static readonly Post WiFi = new(
        "Fixing slow Wi-Fi at home",
        "Place the router high and central, away from thick walls and microwaves. Update its firmware every few months. Pick a channel your neighbours do not use.");

    private const string First =
        "After I moved the router from under the desk to the top of the bookshelf, the speed test in the bedroom went from 40 to 95 Mbps. The firmware update did nothing for me though.";

    private static Verdict[] Thread(params Comment[] comments) => CommentClassifier.LoadDefault().ClassifyThread(comments).ToArray();

    [Fact]
    public void ClassifyThread_NearCopyOfAnEarlierComment_IsNotGenuineAndNamesIt()
    {
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "c1", Post = WiFi },
            new Comment("Great point about the channels, I had the same problem with my neighbours.") { Id = "c2", Post = WiFi },
            new Comment(First + " Thanks!") { Id = "c3", Post = WiFi });

        verdicts[2].Label.Should().BeOneOf(CommentLabel.LowRelevance, CommentLabel.Spam);
        Reason reason = verdicts[2].ReasonDetails[0];
        reason.Code.Should().Be("copies_comment");
        reason.Text.Should().Be("nearly copies comment 'c1' earlier in the thread");
        reason.Values["position"].Should().Be(1);
    }

    [Fact]
    public void ClassifyThread_SameWordsReordered_IsANearCopyByMeaning()
    {
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "a", Post = WiFi },
            new Comment("The firmware update did nothing for me, though the speed test in the bedroom went from 40 to 95 Mbps after I moved the router to the top of the bookshelf from under the desk.") { Id = "b", Post = WiFi });

        verdicts[1].Label.Should().BeOneOf(CommentLabel.LowRelevance, CommentLabel.Spam);
        verdicts[1].ReasonDetails[0].Code.Should().Be("copies_comment");
        verdicts[1].ReasonDetails[0].Text.Should().Contain("'a'");
    }

    [Fact]
    public void ClassifyThread_CopyOfAPostSentence_IsNotGenuineAndSaysSo()
    {
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "c1", Post = WiFi },
            new Comment("Place the router high and central, away from thick walls and microwaves.") { Id = "c2", Post = WiFi });

        verdicts[1].Label.Should().BeOneOf(CommentLabel.LowRelevance, CommentLabel.Spam);
        verdicts[1].ReasonDetails[0].Code.Should().BeOneOf("copies_post", "restates_post");
    }

    [Fact]
    public void ClassifyThread_GenuineReplyQuotingOneLineOfAnEarlierComment_IsGenuine()
    {
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "c1", Post = WiFi },
            new Comment("> The firmware update did nothing for me though.\nSame here, but resetting the router to factory settings afterwards fixed the evening drops on my old TP-Link. Which model do you have?") { Id = "c2", Post = WiFi });

        verdicts[1].Label.Should().Be(CommentLabel.Genuine, string.Join("; ", verdicts[1].Reasons));
        verdicts[1].ReasonDetails.Select(r => r.Code).Should().NotContain("copies_comment");
    }

    [Fact]
    public void ClassifyThread_ShortCommentRepeatingAnEarlierOne_IsNotACopy()
    {
        Verdict[] verdicts = Thread(
            new Comment("Which router model do you have?") { Id = "c1", Post = WiFi },
            new Comment("Which router model do you have??") { Id = "c2", Post = WiFi });

        verdicts[1].ReasonDetails.Select(r => r.Code).Should().NotContain("copies_comment", "short replies repeat each other by nature");
    }

    [Fact]
    public void ClassifyThread_CommentWithoutId_IsNamedByItsPosition()
    {
        Verdict[] verdicts = Thread(
            new Comment("Thanks, switching to channel 11 fixed it for me as well.") { Post = WiFi },
            new Comment(First) { Post = WiFi },
            new Comment(First + "!") { Post = WiFi });

        verdicts[2].ReasonDetails[0].Text.Should().Be("nearly copies comment #2 earlier in the thread");
    }

    [Fact]
    public void ClassifyThread_CopyInAnotherThread_IsNotCompared()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "c1", ThreadId = "one", Post = WiFi },
            new Comment(First) { Id = "c2", ThreadId = "two", Post = WiFi });

        verdicts[1].Should().BeEquivalentTo(classifier.Classify(new Comment(First) { Post = WiFi }));
    }

    [Fact]
    public void ClassifyThread_FirstComment_GetsTheVerdictOfClassify()
    {
        CommentClassifier classifier = CommentClassifier.LoadDefault();
        var comment = new Comment(First) { Id = "c1", Post = WiFi };

        Thread(comment)[0].Should().BeEquivalentTo(classifier.Classify(comment));
    }

    [Fact]
    public void ClassifyThread_NonEnglishRepliesOnAnEnglishThread_AreNotSpam()
    {
        Verdict[] verdicts = Thread(
            new Comment(First) { Id = "c1", Post = WiFi },
            new Comment("Bei mir hat es auch geholfen, den Router höher zu stellen. Danke für den Tipp!") { Id = "c2", Post = WiFi },
            new Comment("Спасибо, у меня тоже после переноса роутера скорость выросла почти вдвое.") { Id = "c3", Post = WiFi },
            new Comment("ルーターを本棚の上に移動したら、寝室でも速くなりました。") { Id = "c4", Post = WiFi });

        verdicts.Skip(1).Should().OnlyContain(v => v.Label != CommentLabel.Spam);
        verdicts.Skip(1).SelectMany(v => v.ReasonDetails).Select(r => r.Code).Should().NotContain("copies_comment");
    }

    [Fact]
    public void ClassifyThread_NullSequence_Throws()
    {
        Action act = () => CommentClassifier.LoadDefault().ClassifyThread(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ClassifyThread_NullItem_ThrowsNamingItsIndex()
    {
        Action act = () => CommentClassifier.LoadDefault().ClassifyThread([new Comment("fine"), null!]).ToArray();

        act.Should().Throw<ArgumentException>().WithMessage("*comments[1]*");
    }
}
