using Engage.Classifier.Hosting.Tests.Support;
using Engage.Classifier.Workbench;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Engage.Classifier.Hosting.Tests.Hosting;

public sealed class HotReloadTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);
    private const string Probe = "Cheap viagra online http://pills.example buy now";

    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;
    private readonly ListLoggerProvider _logs = new();
    private readonly string _path;

    public HotReloadTests()
    {
        _path = _temp.File("model.zip");
        File.WriteAllBytes(_path, _models.ModelA);
    }

    public void Dispose() => _temp.Dispose();

    private ServiceProvider Build(bool watch = false) => ClassifierServices.Build(
        o =>
        {
            o.ModelPath = _path;
            o.WatchForChanges = watch;
            o.ReloadDebounce = TimeSpan.FromMilliseconds(50);
        },
        _logs);

    private double SpamA => _models.ClassifierA.Classify(Probe).SpamProbability;

    private double SpamB => _models.ClassifierB.Classify(Probe).SpamProbability;

    [Fact]
    public void TryReload_NewGoodFile_SwapsModelAndRaisesReloaded()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        CommentClassifier before = provider.Current;
        ClassifierReloadedEventArgs? raised = null;
        provider.Reloaded += (_, e) => raised = e;
        File.WriteAllBytes(_path, _models.ModelB);

        bool reloaded = provider.TryReload();

        reloaded.Should().BeTrue();
        provider.Current.Should().NotBeSameAs(before);
        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
        provider.ReloadCount.Should().Be(1);
        raised.Should().NotBeNull();
        raised!.Classifier.Should().BeSameAs(provider.Current);
    }

    [Fact]
    public void TryReload_CallInFlightOnOldModel_FinishesOnTheOldModel()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        CommentClassifier inFlight = provider.Current;
        File.WriteAllBytes(_path, _models.ModelB);

        provider.TryReload().Should().BeTrue();

        inFlight.Classify(Probe).SpamProbability.Should().Be(SpamA);
        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void TryReload_BadFile_KeepsOldModelAndReportsFailure(string kind)
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        CommentClassifier before = provider.Current;
        ClassifierReloadFailedEventArgs? failed = null;
        provider.ReloadFailed += (_, e) => failed = e;
        File.WriteAllBytes(_path, BadModels.Make(kind, _models.ModelB));

        bool reloaded = provider.TryReload();

        reloaded.Should().BeFalse();
        provider.Current.Should().BeSameAs(before);
        provider.FailedReloadCount.Should().Be(1);
        provider.ReloadCount.Should().Be(0);
        failed!.Exception.Should().BeOfType<ClassifierDataException>();
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Exception is ClassifierDataException);
    }

    [Fact]
    public void TryReload_IssueZipOfZerosDroppedIn_IsRefusedUninflatedAndTheOldModelServes()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        CommentClassifier before = provider.Current;
        File.WriteAllBytes(_path, HostileModelFiles.IssueZip());

        bool reloaded = provider.TryReload();

        reloaded.Should().BeFalse();
        provider.Current.Should().BeSameAs(before);
        provider.FailedReloadCount.Should().Be(1);
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Exception is ClassifierDataException && e.Exception.Message.Contains("no manifest.json", StringComparison.Ordinal));
        provider.Classify(Probe).SpamProbability.Should().Be(SpamA);
    }

    [Fact]
    public void TryReload_FileDeleted_KeepsOldModel()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        File.Delete(_path);

        provider.TryReload().Should().BeFalse();

        provider.Classify(Probe).SpamProbability.Should().Be(SpamA);
    }

    [Fact]
    public void TryReload_HandlerThrows_SwapStandsAndErrorIsLogged()
    {
        using ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        provider.Reloaded += (_, _) => throw new InvalidOperationException("handler bug");
        File.WriteAllBytes(_path, _models.ModelB);

        provider.TryReload().Should().BeTrue();

        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
        _logs.Entries.Should().Contain(e => e.Exception is InvalidOperationException);
    }

    [Fact]
    public void TryReload_AfterDispose_ThrowsObjectDisposed()
    {
        ServiceProvider services = Build();
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        services.Dispose();

        Action act = () => provider.TryReload();

        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Watcher_AtomicRenameOver_ReloadsNewModel()
    {
        using ServiceProvider services = Build(watch: true);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        using var reloaded = new ManualResetEventSlim();
        provider.Reloaded += (_, _) => reloaded.Set();

        // CommentClassifier.Save writes beside the target, then renames over it.
        _models.ClassifierB.Save(_path);

        reloaded.Wait(Bound).Should().BeTrue("the watcher should see the rename within the bound");
        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
    }

    [Fact]
    public void Watcher_InPlaceWrite_ReloadsNewModel()
    {
        using ServiceProvider services = Build(watch: true);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        using var reloaded = new ManualResetEventSlim();
        provider.Reloaded += (_, _) => reloaded.Set();

        File.WriteAllBytes(_path, _models.ModelB);

        reloaded.Wait(Bound).Should().BeTrue();
        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
    }

    [Fact]
    public void Watcher_DeleteThenCreate_ReloadsNewModel()
    {
        using ServiceProvider services = Build(watch: true);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        using var reloaded = new ManualResetEventSlim();
        provider.Reloaded += (_, _) => reloaded.Set();

        File.Delete(_path);
        File.WriteAllBytes(_path, _models.ModelB);

        ClassifierServices.WaitUntil(() => provider.Current.Classify(Probe).SpamProbability == SpamB, Bound).Should().BeTrue();
    }

    [Fact]
    public void Watcher_CorruptFileWritten_LogsErrorAndKeepsOldModel()
    {
        using ServiceProvider services = Build(watch: true);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        using var failed = new ManualResetEventSlim();
        provider.ReloadFailed += (_, _) => failed.Set();

        File.WriteAllBytes(_path, BadModels.Make("corrupt", _models.ModelB));

        failed.Wait(Bound).Should().BeTrue();
        provider.Classify(Probe).SpamProbability.Should().Be(SpamA);
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("previous model keeps serving", StringComparison.Ordinal));
    }

    [Fact]
    public void Watcher_OtherFileInFolderChanges_DoesNotReload()
    {
        using ServiceProvider services = Build(watch: true);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        using var reloaded = new ManualResetEventSlim();
        provider.Reloaded += (_, _) => reloaded.Set();

        File.WriteAllBytes(_temp.File("other.zip"), _models.ModelB);

        reloaded.Wait(TimeSpan.FromMilliseconds(500)).Should().BeFalse();
        provider.ReloadCount.Should().Be(0);
    }

    [Fact]
    public void WatchForChangesOff_FileReplaced_KeepsServingUntilTryReload()
    {
        using ServiceProvider services = Build(watch: false);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();

        _models.ClassifierB.Save(_path);

        provider.Classify(Probe).SpamProbability.Should().Be(SpamA);
        provider.TryReload().Should().BeTrue();
        provider.Classify(Probe).SpamProbability.Should().Be(SpamB);
    }
}
