using MathNet.Numerics.LinearAlgebra;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>The top right singular vectors of a set of rows: eigenvectors of the uncentered second-moment matrix (<see cref="SymmetricEigen"/>).</summary>
internal static class UncenteredDirections
{
    public static double[][] Top(IReadOnlyList<float[]> rows, int count)
    {
        int width = rows[0].Length;
        Matrix<double> matrix = Matrix<double>.Build.Dense(rows.Count, width, (r, d) => rows[r][d]);
        return SymmetricEigen.Decompose(matrix.TransposeThisAndMultiply(matrix)).Vectors.Take(count).ToArray();
    }
}
