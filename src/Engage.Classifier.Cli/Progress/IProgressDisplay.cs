namespace Engage.Classifier.Cli.Progress;

/// <summary>Shows how far a long command is: live on a terminal, as a few plain lines otherwise.</summary>
internal interface IProgressDisplay
{
    /// <summary>Reports progress.</summary>
    /// <param name="stage">What is being done.</param>
    /// <param name="completed">Units done.</param>
    /// <param name="total">Units in all.</param>
    void Report(string stage, double completed, double total);
}
