using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>In a generic host the model is loaded when the host starts: a bad model stops the host instead of failing every call.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task StartAsync_GoodModel_LoadsItBeforeTheHostHasStarted()
    {
        string path = _temp.Write("model.zip", _models.ModelA);
        using ClassifierHost host = ClassifierHost.Build(b => b.Services.AddCommentClassifier(o => o.ModelPath = path));

        await host.Host.StartAsync();

        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.Contains($"loaded model '{Path.GetFullPath(path)}'", StringComparison.Ordinal));
        await host.Host.StopAsync();
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public async Task StartAsync_BadModelFile_FailsNamingTheFileAndLogsCritical(string kind)
    {
        string path = _temp.Write("model.zip", BadModels.Make(kind, _models.ModelA));
        using ClassifierHost host = ClassifierHost.Build(b => b.Services.AddCommentClassifier(o => o.ModelPath = path));

        Func<Task> start = () => host.Host.StartAsync();

        (await start.Should().ThrowAsync<ClassifierDataException>()).Which.FilePath.Should().Be(Path.GetFullPath(path));
        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Critical && e.Exception is ClassifierDataException);
    }

    [Fact]
    public async Task StartAsync_MissingModelFile_FailsValidationBeforeLoading()
    {
        string path = _temp.File("missing.zip");
        using ClassifierHost host = ClassifierHost.Build(b => b.Services.AddCommentClassifier(o => o.ModelPath = path));

        Func<Task> start = () => host.Host.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage($"*{path}*does not exist*");
    }

    [Fact]
    public async Task StartAsync_BadKeyedModel_FailsTheHostToo()
    {
        string good = _temp.Write("good.zip", _models.ModelA);
        string bad = _temp.Write("bad.zip", BadModels.Corrupt(_models.ModelB));
        using ClassifierHost host = ClassifierHost.Build(b => b.Services
            .AddCommentClassifier(o => o.ModelPath = good)
            .AddKeyedCommentClassifier("forum", o => o.ModelPath = bad));

        Func<Task> start = () => host.Host.StartAsync();

        (await start.Should().ThrowAsync<ClassifierDataException>()).Which.FilePath.Should().Be(Path.GetFullPath(bad));
    }
}
