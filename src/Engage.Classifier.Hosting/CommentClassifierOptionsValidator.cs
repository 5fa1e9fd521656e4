using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>Checks <see cref="CommentClassifierOptions"/> once, at startup, and says what to fix.</summary>
internal sealed class CommentClassifierOptionsValidator : IValidateOptions<CommentClassifierOptions>
{
    public ValidateOptionsResult Validate(string? name, CommentClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ModelPath is null)
        {
            CheckDefaultModel(failures);
        }
        else if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            failures.Add("ModelPath is empty; set it to a model file, or leave it null to use the default model.");
        }
        else if (!File.Exists(options.ModelPath))
        {
            failures.Add($"ModelPath '{options.ModelPath}' does not exist (full path '{Path.GetFullPath(options.ModelPath)}'). Train a model with 'engage train' or leave ModelPath null to use the default model.");
        }

        if (options.ReloadDebounce < TimeSpan.Zero || options.ReloadDebounce > CommentClassifierOptions.MaxReloadDebounce)
        {
            failures.Add($"ReloadDebounce is {options.ReloadDebounce}; it must be between zero and {CommentClassifierOptions.MaxReloadDebounce}.");
        }

        if (options.SpamThreshold is double threshold && (double.IsNaN(threshold) || threshold < 0 || threshold > 1))
        {
            failures.Add($"SpamThreshold is {threshold}; it must be between 0 and 1, or null to keep the model's threshold.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckDefaultModel(List<string> failures)
    {
        try
        {
            // Loaded once per process and cached by the library, so this costs nothing later.
            _ = CommentClassifier.LoadDefault();
        }
        catch (InvalidOperationException ex)
        {
            failures.Add($"ModelPath is not set and the default model cannot be used: {ex.Message}");
        }
        catch (ClassifierDataException ex)
        {
            failures.Add($"ModelPath is not set and the default model cannot be loaded: {ex.Message}");
        }
    }
}
