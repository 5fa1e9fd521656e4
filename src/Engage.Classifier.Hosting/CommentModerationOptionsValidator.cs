using Microsoft.Extensions.Options;

namespace Engage.Classifier.Hosting;

/// <summary>Checks <see cref="CommentModerationOptions"/> with the policy's own validation, and says what to fix.</summary>
internal sealed class CommentModerationOptionsValidator : IValidateOptions<CommentModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, CommentModerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Policy is null)
        {
            return ValidateOptionsResult.Fail("Policy is null; leave it unset for the default moderation policy.");
        }

        try
        {
            _ = new ModerationPolicy(options.Policy);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ValidateOptionsResult.Fail($"Policy:{ex.ParamName} is {ex.ActualValue}: {ex.Message.Split(" (Parameter")[0].Split(Environment.NewLine)[0]}");
        }
    }
}
