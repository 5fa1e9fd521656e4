using Engage.Classifier.Cli;

return EngageCli.Run(args, CliContext.ForSystemConsole());
