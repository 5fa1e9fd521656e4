using MathNet.Numerics.LinearAlgebra;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Eigen-decomposition of a symmetric matrix (Math.NET Numerics), made deterministic: eigenpairs sorted by
/// eigenvalue, largest first (ties by index), and each eigenvector signed so that its largest coordinate is positive.
/// </summary>
internal static class SymmetricEigen
{
    public static (double[] Values, double[][] Vectors) Decompose(Matrix<double> symmetric)
    {
        var evd = symmetric.Evd(Symmetricity.Symmetric);
        int[] order = Enumerable.Range(0, symmetric.RowCount).OrderByDescending(i => evd.EigenValues[i].Real).ThenBy(i => i).ToArray();
        double[] values = order.Select(i => evd.EigenValues[i].Real).ToArray();
        double[][] vectors = order.Select(i =>
        {
            double[] v = evd.EigenVectors.Column(i).ToArray();
            return v.MaxBy(Math.Abs) < 0 ? v.Select(x => -x).ToArray() : v;
        }).ToArray();
        return (values, vectors);
    }
}
