using System.Diagnostics.Metrics;
using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>
/// <see cref="ICommentModerator"/>: the policy bound from its own configuration section (keyed like the classifier), live
/// changes, shadow mode, and the actions counter. The classifier runs at spam threshold 0, so every comment is spam and
/// the policy alone decides.
/// </summary>
public sealed class ModerationTests : IDisposable
{
    private const string Classifier = CommentClassifierOptions.SectionName;
    private const string Moderation = CommentModerationOptions.SectionName;

    private readonly TempDirectory _temp = new();
    private readonly string _path;

    public ModerationTests()
    {
        _path = _temp.Write("model.zip", TrainedModels.Instance.ModelA);
    }

    public void Dispose() => _temp.Dispose();

    private static Comment Comment => new("Cheap pills online, click http://pills.example/buy");

    private Dictionary<string, string?> Settings(params (string Key, string Value)[] moderation)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{Classifier}:ModelPath"] = _path,
            [$"{Classifier}:WatchForChanges"] = "false",
            [$"{Classifier}:SpamThreshold"] = "0",
        };
        foreach (var (key, value) in moderation)
        {
            settings[$"{Moderation}:{key}"] = value;
        }

        return settings;
    }

    private static ClassifierHost Build(Dictionary<string, string?> settings) => ClassifierHost.Build(
        b => b.Services
            .AddCommentClassifier(b.Configuration.GetSection(Classifier))
            .AddCommentModeration(b.Configuration.GetSection(Moderation)),
        settings);

    private static MetricCollector<long> Actions(ClassifierHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), CommentClassifierTelemetry.MeterName, "engage.classifier.moderation.actions");

    [Fact]
    public async Task AddCommentModeration_Configuration_BindsThePolicyAndShadowMode()
    {
        using ClassifierHost host = Build(Settings(
            ("ShadowMode", "true"),
            ("Policy:RejectThreshold", "0.995"),
            ("Policy:LowRelevanceAction", "Hold"),
            ("Policy:HoldLinkbacks", "false"),
            ("Policy:KnownAuthorApprovedCount", "3")));

        await host.Host.StartAsync();

        var moderator = host.Services.GetRequiredService<ICommentModerator>();
        moderator.ShadowMode.Should().BeTrue();
        moderator.Policy.Options.Should().Be(new ModerationOptions { RejectThreshold = 0.995, LowRelevanceAction = ModerationAction.Hold, HoldLinkbacks = false, KnownAuthorApprovedCount = 3 });
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task AddCommentModeration_NoSection_UsesTheDefaultPolicyAndActs()
    {
        using ClassifierHost host = Build(Settings());

        await host.Host.StartAsync();

        var moderator = host.Services.GetRequiredService<ICommentModerator>();
        moderator.ShadowMode.Should().BeFalse();
        moderator.Policy.Options.Should().Be(new ModerationOptions());
        await host.Host.StopAsync();
    }

    [Theory]
    [InlineData("Policy:RejectThreshold", "1.5", "*Policy:RejectThreshold is 1.5*")]
    [InlineData("Policy:LowRelevanceAction", "Reject", "*Policy:LowRelevanceAction is Reject*never rejected*")]
    [InlineData("Policy:KnownAuthorApprovedCount", "0", "*Policy:KnownAuthorApprovedCount is 0*")]
    public async Task AddCommentModeration_InvalidPolicy_StopsTheHostNamingTheSetting(string key, string value, string message)
    {
        using ClassifierHost host = Build(Settings((key, value)));

        Func<Task> start = () => host.Host.StartAsync();

        await start.Should().ThrowAsync<OptionsValidationException>().WithMessage(message);
    }

    [Fact]
    public async Task Moderate_Acting_ReturnsThePolicysActionAndCountsIt()
    {
        using ClassifierHost host = Build(Settings(("Policy:RejectThreshold", "0")));
        await host.Host.StartAsync();
        using MetricCollector<long> actions = Actions(host);
        var moderator = host.Services.GetRequiredService<ICommentModerator>();

        ModerationResult unknown = moderator.Moderate(Comment);
        ModerationResult known = moderator.Moderate(Comment with { AuthorApprovedCount = 2 });

        unknown.Action.Should().Be(ModerationAction.Reject);
        unknown.ShadowedAction.Should().BeNull();
        known.Action.Should().Be(ModerationAction.Hold, "an author with approved comments is never rejected");
        IReadOnlyList<CollectedMeasurement<long>> measured = actions.GetMeasurementSnapshot();
        actions.Instrument!.Unit.Should().Be("{action}");
        measured.Should().HaveCount(2);
        measured[0].Tags.Should().Contain(new KeyValuePair<string, object?>("engage.classifier.moderation.action", "reject"))
            .And.Contain(new KeyValuePair<string, object?>("engage.classifier.moderation.shadow", false))
            .And.Contain(new KeyValuePair<string, object?>("engage.classifier.name", "default"));
        measured[1].Tags.Should().Contain(new KeyValuePair<string, object?>("engage.classifier.moderation.action", "hold"));
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task Moderate_ShadowMode_ApprovesAndRecordsTheWouldBeAction()
    {
        using ClassifierHost host = Build(Settings(("ShadowMode", "true"), ("Policy:RejectThreshold", "0")));
        await host.Host.StartAsync();
        using MetricCollector<long> actions = Actions(host);
        using var verdicts = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), CommentClassifierTelemetry.MeterName, "engage.classifier.verdicts");
        var moderator = host.Services.GetRequiredService<ICommentModerator>();

        ModerationResult result = moderator.Moderate(Comment);

        result.Action.Should().Be(ModerationAction.Approve);
        result.ShadowedAction.Should().Be(ModerationAction.Reject);
        result.PolicyAction.Should().Be(ModerationAction.Reject);
        result.Verdict.Label.Should().Be(CommentLabel.Spam);
        actions.GetMeasurementSnapshot().Should().ContainSingle().Which.Tags.Should()
            .Contain(new KeyValuePair<string, object?>("engage.classifier.moderation.action", "reject"))
            .And.Contain(new KeyValuePair<string, object?>("engage.classifier.moderation.shadow", true));
        verdicts.GetMeasurementSnapshot().Should().ContainSingle("the verdict is counted as every provider verdict is");
        host.Logs.Entries.Should().ContainSingle(e => e.EventId.Id == 12)
            .Which.Message.Should().Contain("shadow mode").And.Contain("label spam").And.Contain("would be reject");
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationReload_ShadowModeAndPolicy_ApplyToTheNextCall()
    {
        using ClassifierHost host = Build(Settings(("ShadowMode", "true")));
        await host.Host.StartAsync();
        var moderator = host.Services.GetRequiredService<ICommentModerator>();
        ModerationResult shadowed = moderator.Moderate(Comment);

        host.ChangeSetting($"{Moderation}:ShadowMode", "false");
        host.ChangeSetting($"{Moderation}:Policy:RejectThreshold", "0");
        ModerationResult acting = moderator.Moderate(Comment);

        shadowed.Action.Should().Be(ModerationAction.Approve);
        acting.Action.Should().Be(ModerationAction.Reject);
        host.Logs.Entries.Should().Contain(e => e.EventId.Id == 13 && e.Level == LogLevel.Information);
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationReload_InvalidPolicy_KeepsThePreviousOne()
    {
        using ClassifierHost host = Build(Settings(("Policy:RejectThreshold", "0.5")));
        await host.Host.StartAsync();
        var moderator = host.Services.GetRequiredService<ICommentModerator>();

        Action change = () => host.ChangeSetting($"{Moderation}:Policy:RejectThreshold", "7");

        change.Should().Throw<Exception>().Which.ToString().Should().Contain("Policy:RejectThreshold is 7");
        moderator.Policy.Options.RejectThreshold.Should().Be(0.5);
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task AddKeyedCommentModeration_UsesTheClassifierAndOptionsOfItsKey()
    {
        using ClassifierHost host = ClassifierHost.Build(
            b => b.Services
                .AddCommentClassifier(o => (o.ModelPath, o.WatchForChanges) = (_path, false))
                .AddKeyedCommentClassifier("forum", o => (o.ModelPath, o.WatchForChanges, o.SpamThreshold) = (_path, false, 0))
                .AddCommentModeration()
                .AddKeyedCommentModeration("forum", b.Configuration.GetSection("Moderation:Forum")),
            new Dictionary<string, string?> { ["Moderation:Forum:ShadowMode"] = "true", ["Moderation:Forum:Policy:RejectThreshold"] = "0" });
        await host.Host.StartAsync();

        var forum = host.Services.GetRequiredKeyedService<ICommentModerator>("forum");
        var site = host.Services.GetRequiredService<ICommentModerator>();

        forum.ShadowMode.Should().BeTrue();
        forum.Moderate(Comment).ShadowedAction.Should().Be(ModerationAction.Reject, "the forum's classifier calls everything spam");
        site.ShadowMode.Should().BeFalse();
        site.Policy.Options.Should().Be(new ModerationOptions());
        await host.Host.StopAsync();
    }

    [Fact]
    public void AddCommentModeration_WithoutAClassifier_SaysWhatToAdd()
    {
        using ServiceProvider services = new ServiceCollection().AddKeyedCommentModeration("news", configure: null).BuildServiceProvider();

        Action resolve = () => services.GetRequiredKeyedService<ICommentModerator>("news");

        resolve.Should().Throw<InvalidOperationException>().WithMessage("*AddKeyedCommentClassifier(\"news\"*");
    }
}
