using MathNet.Numerics.LinearAlgebra;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>The top right singular vectors of a set of rows (eigenvectors of the uncentered second-moment matrix), signed deterministically.</summary>
internal static class UncenteredDirections
{
    public static double[][] Top(IReadOnlyList<float[]> rows, int count)
    {
        int width = rows[0].Length;
        Matrix<double> matrix = Matrix<double>.Build.Dense(rows.Count, width, (r, d) => rows[r][d]);
        var evd = matrix.TransposeThisAndMultiply(matrix).Evd(Symmetricity.Symmetric);
        return Enumerable.Range(0, width)
            .OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i)
            .Take(count)
            .Select(i =>
            {
                double[] u = evd.EigenVectors.Column(i).ToArray();
                double largest = u.MaxBy(Math.Abs);
                return largest < 0 ? u.Select(v => -v).ToArray() : u;
            })
            .ToArray();
    }
}
