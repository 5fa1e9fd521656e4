using Engage.Classifier.Hosting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting.Tests.Hosting;

public sealed class AddCommentClassifierTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TrainedModels _models = TrainedModels.Instance;

    public void Dispose() => _temp.Dispose();

    private string WriteModelA()
    {
        string path = _temp.File("model.zip");
        File.WriteAllBytes(path, _models.ModelA);
        return path;
    }

    [Fact]
    public void AddCommentClassifier_NullServices_Throws()
    {
        Action act = () => CommentClassifierServiceCollectionExtensions.AddCommentClassifier(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Resolve_ModelPath_ReturnsOneSharedProviderServingTheFile()
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        var first = services.GetRequiredService<ICommentClassifierProvider>();
        var second = services.GetRequiredService<ICommentClassifierProvider>();

        first.Should().BeSameAs(second);
        first.ModelPath.Should().Be(Path.GetFullPath(path));
        first.Current.SpamThreshold.Should().Be(_models.ClassifierA.SpamThreshold);
    }

    [Fact]
    public void Classify_ThroughProvider_GivesTheModelsVerdict()
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);
        var provider = services.GetRequiredService<ICommentClassifierProvider>();
        var comment = new Comment("Buy followers cheap http://followers.example");

        Verdict viaProvider = provider.Classify(comment, includeReasons: false);
        Verdict direct = _models.ClassifierA.Classify(comment, includeReasons: false);

        (viaProvider.Label, viaProvider.SpamProbability, viaProvider.LowRelevanceProbability)
            .Should().Be((direct.Label, direct.SpamProbability, direct.LowRelevanceProbability));
    }

    [Fact]
    public void Resolve_SpamThresholdOption_AppliesToTheModel()
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o =>
        {
            o.ModelPath = path;
            o.SpamThreshold = 0.25;
        });

        services.GetRequiredService<ICommentClassifierProvider>().Current.SpamThreshold.Should().Be(0.25);
    }

    [Fact]
    public void Resolve_ModelPath_LogsTheLoadedModel()
    {
        string path = WriteModelA();
        var logs = new ListLoggerProvider();
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path, logs);

        _ = services.GetRequiredService<ICommentClassifierProvider>().Current;

        logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.Contains(Path.GetFullPath(path), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ModelPathMissing_FailsAtStartupNamingThePath()
    {
        string path = _temp.File("missing.zip");
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage($"*{path}*does not exist*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_ModelPathBlank_FailsAtStartup(string path)
    {
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*ModelPath is empty*");
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_SpamThresholdOutOfRange_FailsAtStartup(double threshold)
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o =>
        {
            o.ModelPath = path;
            o.SpamThreshold = threshold;
        });

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*SpamThreshold*between 0 and 1*");
    }

    [Fact]
    public void Validate_NegativeDebounce_FailsAtStartup()
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o =>
        {
            o.ModelPath = path;
            o.ReloadDebounce = TimeSpan.FromSeconds(-1);
        });

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*ReloadDebounce*");
    }

    [Fact]
    public void Validate_GoodModelPath_Succeeds()
    {
        string path = WriteModelA();
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().NotThrow();
    }

    [Fact]
    public void Validate_NoModelPath_FailsOnlyWhenThePackageHasNoDefaultModel()
    {
        bool hasDefault;
        try
        {
            _ = CommentClassifier.LoadDefault();
            hasDefault = true;
        }
        catch (InvalidOperationException)
        {
            hasDefault = false;
        }

        using ServiceProvider services = ClassifierServices.Build(_ => { });

        Action start = () => services.GetRequiredService<IStartupValidator>().Validate();

        if (hasDefault)
        {
            start.Should().NotThrow();
            services.GetRequiredService<ICommentClassifierProvider>().ModelPath.Should().BeNull();
        }
        else
        {
            start.Should().Throw<OptionsValidationException>().WithMessage("*default model*");
        }
    }

    [Fact]
    public void Resolve_CorruptModelAtStartup_ThrowsClassifierDataException()
    {
        string path = _temp.File("model.zip");
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        Action resolve = () => services.GetRequiredService<ICommentClassifierProvider>();

        resolve.Should().Throw<ClassifierDataException>().Which.FilePath.Should().Be(Path.GetFullPath(path));
    }

    [Fact]
    public void Resolve_ModelPathMissingWithoutAHost_ValidatesOnFirstResolve()
    {
        string path = _temp.File(Path.Combine("no-such-folder", "model.zip"));
        using ServiceProvider services = ClassifierServices.Build(o => o.ModelPath = path);

        Action resolve = () => services.GetRequiredService<ICommentClassifierProvider>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void Resolve_WithoutLogging_StillWorks()
    {
        string path = WriteModelA();
        var services = new ServiceCollection().AddCommentClassifier(o => o.ModelPath = path);
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<ICommentClassifierProvider>().Classify("hello").Should().NotBeNull();
    }

    [Fact]
    public void AddCommentClassifier_CalledTwice_RegistersOneProviderAndOneValidator()
    {
        var services = new ServiceCollection();
        services.AddCommentClassifier(o => o.ModelPath = "a.zip").AddCommentClassifier();

        services.Count(d => d.ServiceType == typeof(ICommentClassifierProvider)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<CommentClassifierOptions>)).Should().Be(1);
    }
}
