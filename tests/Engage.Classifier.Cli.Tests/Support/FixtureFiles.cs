namespace Engage.Classifier.Cli.Tests.Support;

/// <summary>The invented comments and posts under Fixtures/, copied to the test output folder.</summary>
internal static class FixtureFiles
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>150 labeled comments on 10 threads, for training.</summary>
    public static string Comments => Path.Combine(Folder, "comments.csv");

    /// <summary>30 labeled comments on 2 other threads, for evaluation.</summary>
    public static string HoldoutComments => Path.Combine(Folder, "holdout-comments.csv");

    /// <summary>The 12 posts of both files.</summary>
    public static string Posts => Path.Combine(Folder, "posts.csv");
}
