using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>Several classifiers in one application, one per key, each with its own model and options.</summary>
public sealed class KeyedRegistrationTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Resolve_TwoKeys_EachServesItsOwnModel()
    {
        string forum = _temp.Write("forum.zip", _models.ModelA);
        string news = _temp.Write("news.zip", _models.ModelB);
        using ServiceProvider services = new ServiceCollection()
            .AddKeyedCommentClassifier("forum", o => o.ModelPath = forum)
            .AddKeyedCommentClassifier("news", o => (o.ModelPath, o.SpamThreshold) = (news, 0.4))
            .BuildServiceProvider();

        var forumClassifier = services.GetRequiredKeyedService<ICommentClassifierProvider>("forum");
        var newsClassifier = services.GetRequiredKeyedService<ICommentClassifierProvider>("news");

        forumClassifier.ModelPath.Should().Be(Path.GetFullPath(forum));
        forumClassifier.Current.SpamThreshold.Should().Be(_models.ClassifierA.SpamThreshold);
        newsClassifier.ModelPath.Should().Be(Path.GetFullPath(news));
        newsClassifier.Current.SpamThreshold.Should().Be(0.4);
        services.GetService<ICommentClassifierProvider>().Should().BeNull("only keyed classifiers were registered");
    }

    [Fact]
    public void Resolve_KeyedBesideUnkeyed_AreSeparateInstances()
    {
        string path = _temp.Write("model.zip", _models.ModelA);
        using ServiceProvider services = new ServiceCollection()
            .AddCommentClassifier(o => o.ModelPath = path)
            .AddKeyedCommentClassifier("forum", o => o.ModelPath = path)
            .BuildServiceProvider();

        services.GetRequiredService<ICommentClassifierProvider>()
            .Should().NotBeSameAs(services.GetRequiredKeyedService<ICommentClassifierProvider>("forum"));
    }

    [Fact]
    public void AddKeyedCommentClassifier_SameKeyTwice_RegistersOneProvider()
    {
        var services = new ServiceCollection()
            .AddKeyedCommentClassifier("forum", o => o.ModelPath = "a.zip")
            .AddKeyedCommentClassifier("forum");

        services.Count(d => d.ServiceType == typeof(ICommentClassifierProvider) && Equals(d.ServiceKey, "forum")).Should().Be(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddKeyedCommentClassifier_BlankKey_Throws(string key)
    {
        Action act = () => new ServiceCollection().AddKeyedCommentClassifier(key);

        act.Should().Throw<ArgumentException>().WithParameterName("serviceKey");
    }

    [Fact]
    public void Validate_KeyedModelMissing_FailsNamingThePath()
    {
        string missing = _temp.File("missing.zip");
        using ServiceProvider services = new ServiceCollection().AddKeyedCommentClassifier("forum", o => o.ModelPath = missing).BuildServiceProvider();

        Action resolve = () => services.GetRequiredKeyedService<ICommentClassifierProvider>("forum");

        resolve.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage($"*{missing}*does not exist*");
    }
}
