namespace Engage.Classifier.Tests.Support;

/// <summary>Finds the repository root and its data folder.</summary>
internal static class RepositoryData
{
    public static string Root { get; } = FindRoot();

    public static string DataFolder => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engage.Classifier.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Engage.Classifier.sln not found above " + AppContext.BaseDirectory);
    }
}
