using Engage.Classifier.Workbench;

namespace Engage.Classifier.Tests.Support;

/// <summary>The repository root and its data folder (<see cref="RepositoryLayout"/>).</summary>
internal static class RepositoryData
{
    public static string Root { get; } = RepositoryLayout.FindRoot(AppContext.BaseDirectory);

    public static string DataFolder => RepositoryLayout.DataFolder(Root);
}
