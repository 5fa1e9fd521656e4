using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>Options bound from configuration, and a changed spam threshold applied without a restart.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private const string Section = CommentClassifierOptions.SectionName;

    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;
    private readonly string _path;

    public ConfigurationTests()
    {
        _path = _temp.Write("model.zip", _models.ModelA);
    }

    public void Dispose() => _temp.Dispose();

    private ClassifierHost Build(IDictionary<string, string?> settings) =>
        ClassifierHost.Build(b => b.Services.AddCommentClassifier(b.Configuration.GetSection(Section)), settings);

    [Fact]
    public async Task AddCommentClassifier_Configuration_BindsEverySetting()
    {
        using ClassifierHost host = Build(new Dictionary<string, string?>
        {
            [$"{Section}:ModelPath"] = _path,
            [$"{Section}:WatchForChanges"] = "false",
            [$"{Section}:ReloadDebounce"] = "00:00:02",
            [$"{Section}:SpamThreshold"] = "0.75",
        });

        await host.Host.StartAsync();

        CommentClassifierOptions options = host.Services.GetRequiredService<IOptionsMonitor<CommentClassifierOptions>>().CurrentValue;
        (options.ModelPath, options.WatchForChanges, options.ReloadDebounce, options.SpamThreshold).Should().Be((_path, false, TimeSpan.FromSeconds(2), 0.75));
        var provider = host.Services.GetRequiredService<ICommentClassifierProvider>();
        provider.ModelPath.Should().Be(Path.GetFullPath(_path));
        provider.Current.SpamThreshold.Should().Be(0.75);
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task AddCommentClassifier_InvalidConfiguredThreshold_StopsTheHostNamingTheSetting()
    {
        using ClassifierHost host = Build(new Dictionary<string, string?> { [$"{Section}:ModelPath"] = _path, [$"{Section}:SpamThreshold"] = "1.5" });

        Func<Task> start = () => host.Host.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage("*SpamThreshold is 1.5*");
    }

    [Fact]
    public async Task ConfigurationReload_NewThreshold_AppliesToTheNextCall()
    {
        using ClassifierHost host = Build(new Dictionary<string, string?> { [$"{Section}:ModelPath"] = _path });
        await host.Host.StartAsync();
        var provider = host.Services.GetRequiredService<ICommentClassifierProvider>();
        var comment = new Comment("Cheap pills online, click http://pills.example/buy");
        double spam = provider.Classify(comment).SpamProbability;

        host.ChangeSetting($"{Section}:SpamThreshold", (spam + 1) / 2 > 1 ? "1" : ((spam + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Verdict above = provider.Classify(comment);
        host.ChangeSetting($"{Section}:SpamThreshold", (spam / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Verdict below = provider.Classify(comment);

        above.Label.Should().NotBe(CommentLabel.Spam, "the threshold was raised above the comment's spam probability");
        below.Label.Should().Be(CommentLabel.Spam, "the threshold was lowered below it");
        provider.Current.SpamThreshold.Should().Be(spam / 2);
        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.Contains("now uses spam threshold", StringComparison.Ordinal));
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationReload_ThresholdRemoved_RestoresTheModelsOwn()
    {
        using ClassifierHost host = Build(new Dictionary<string, string?> { [$"{Section}:ModelPath"] = _path, [$"{Section}:SpamThreshold"] = "0.3" });
        await host.Host.StartAsync();
        var provider = host.Services.GetRequiredService<ICommentClassifierProvider>();

        host.ChangeSetting($"{Section}:SpamThreshold", null);

        provider.Current.SpamThreshold.Should().Be(_models.ClassifierA.SpamThreshold);
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationReload_InvalidThreshold_KeepsTheOldOne()
    {
        using ClassifierHost host = Build(new Dictionary<string, string?> { [$"{Section}:ModelPath"] = _path, [$"{Section}:SpamThreshold"] = "0.3" });
        await host.Host.StartAsync();
        var provider = host.Services.GetRequiredService<ICommentClassifierProvider>();

        Action change = () => host.ChangeSetting($"{Section}:SpamThreshold", "7");

        change.Should().Throw<Exception>().Which.ToString().Should().Contain("SpamThreshold is 7");
        provider.Current.SpamThreshold.Should().Be(0.3);
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationReload_NewModelPath_IsLoggedAsNeedingARestart()
    {
        string other = _temp.Write("other.zip", _models.ModelB);
        using ClassifierHost host = Build(new Dictionary<string, string?> { [$"{Section}:ModelPath"] = _path });
        await host.Host.StartAsync();
        var provider = host.Services.GetRequiredService<ICommentClassifierProvider>();

        host.ChangeSetting($"{Section}:ModelPath", other);

        provider.ModelPath.Should().Be(Path.GetFullPath(_path));
        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Warning && e.Message.Contains("take effect when the application restarts", StringComparison.Ordinal));
        await host.Host.StopAsync();
    }
}
