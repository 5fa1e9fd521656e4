using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Engage.Classifier.Hosting.Tests.Hosting;

/// <summary>Healthy while a model serves, Degraded after a rejected reload (the old model serving), Unhealthy with no model.</summary>
public sealed class HealthCheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;
    private readonly string _path;

    public HealthCheckTests()
    {
        _path = _temp.Write("model.zip", _models.ModelA);
    }

    public void Dispose() => _temp.Dispose();

    private ServiceProvider Build(string? serviceKey = null)
    {
        var services = new ServiceCollection().AddLogging();
        if (serviceKey is null)
        {
            services.AddCommentClassifier(o => (o.ModelPath, o.WatchForChanges) = (_path, false));
        }
        else
        {
            services.AddKeyedCommentClassifier(serviceKey, o => (o.ModelPath, o.WatchForChanges) = (_path, false));
        }

        services.AddHealthChecks().AddCommentClassifierCheck(serviceKey: serviceKey);
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> Check(IServiceProvider services)
    {
        HealthReport report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        return report.Entries[CommentClassifierHealthChecksBuilderExtensions.DefaultName];
    }

    [Fact]
    public async Task Check_ModelServing_IsHealthyWithTheModelInItsData()
    {
        using ServiceProvider services = Build();

        HealthReportEntry entry = await Check(services);

        entry.Status.Should().Be(HealthStatus.Healthy);
        entry.Data["model_path"].Should().Be(Path.GetFullPath(_path));
        entry.Data["spam_threshold"].Should().Be(_models.ClassifierA.SpamThreshold);
    }

    [Fact]
    public async Task Check_AfterARejectedReload_IsDegradedWhileTheOldModelServes()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        File.WriteAllBytes(_path, BadModels.Corrupt(_models.ModelB));

        provider.TryReload().Should().BeFalse();
        HealthReportEntry entry = await Check(services);

        entry.Status.Should().Be(HealthStatus.Degraded);
        entry.Description.Should().Contain("rejected").And.Contain("previous model keeps serving");
        entry.Exception.Should().BeOfType<ClassifierDataException>();
        entry.Data["failed_reloads"].Should().Be(1L);
        provider.Current.SpamThreshold.Should().Be(_models.ClassifierA.SpamThreshold);
    }

    [Fact]
    public async Task Check_GoodReloadAfterARejectedOne_IsHealthyAgain()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        File.WriteAllBytes(_path, BadModels.Corrupt(_models.ModelB));
        provider.TryReload().Should().BeFalse();
        File.WriteAllBytes(_path, _models.ModelB);

        provider.TryReload().Should().BeTrue();

        (await Check(services)).Status.Should().Be(HealthStatus.Healthy);
        provider.LastReloadError.Should().BeNull();
    }

    [Fact]
    public async Task Check_NoModelCanBeLoaded_IsUnhealthySayingWhy()
    {
        File.WriteAllBytes(_path, BadModels.Corrupt(_models.ModelA));
        using ServiceProvider services = Build();

        HealthReportEntry entry = await Check(services);

        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Description.Should().StartWith("No comment classifier model is loaded").And.Contain(Path.GetFullPath(_path));
        entry.Exception.Should().BeOfType<ClassifierDataException>();
    }

    [Fact]
    public async Task Check_KeyedClassifier_ChecksTheKeyedOne()
    {
        using ServiceProvider services = Build(serviceKey: "forum");
        var provider = services.GetRequiredKeyedService<ICommentClassifierProvider>("forum");
        File.WriteAllBytes(_path, []);

        provider.TryReload().Should().BeFalse();

        (await Check(services)).Status.Should().Be(HealthStatus.Degraded);
    }
}
