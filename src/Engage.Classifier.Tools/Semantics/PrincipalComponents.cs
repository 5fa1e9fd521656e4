using MathNet.Numerics.LinearAlgebra;

namespace Engage.Classifier.Tools.Semantics;

/// <summary>
/// Principal component analysis by eigen-decomposition of the covariance matrix (<see cref="SymmetricEigen"/>),
/// in double precision, deterministic.
/// </summary>
internal sealed class PrincipalComponents
{
    private PrincipalComponents(double[] mean, double[][] components, double[] variances, double totalVariance)
    {
        Mean = mean;
        Components = components;
        Variances = variances;
        TotalVariance = totalVariance;
    }

    public double[] Mean { get; }

    /// <summary>Unit-length components, largest variance first.</summary>
    public double[][] Components { get; }

    /// <summary>Variance along each component.</summary>
    public double[] Variances { get; }

    public double TotalVariance { get; }

    public int Count => Components.Length;

    /// <summary>Share of the total variance the first <paramref name="count"/> components keep.</summary>
    public double ExplainedVariance(int count) => Variances.Take(count).Sum() / TotalVariance;

    public static PrincipalComponents Fit(IReadOnlyList<float[]> rows)
    {
        int width = rows[0].Length;
        var mean = new double[width];
        foreach (float[] row in rows)
        {
            for (int d = 0; d < width; d++)
            {
                mean[d] += row[d];
            }
        }

        for (int d = 0; d < width; d++)
        {
            mean[d] /= rows.Count;
        }

        Matrix<double> centered = Matrix<double>.Build.Dense(rows.Count, width, (r, d) => rows[r][d] - mean[d]);
        Matrix<double> covariance = centered.TransposeThisAndMultiply(centered) / (rows.Count - 1);
        var (values, components) = SymmetricEigen.Decompose(covariance);
        double[] variances = values.Select(v => Math.Max(0, v)).ToArray();
        return new PrincipalComponents(mean, components, variances, covariance.Diagonal().Sum());
    }

    /// <summary>Coordinates of <paramref name="row"/> (centered) on the first <paramref name="count"/> components.</summary>
    public float[] Project(float[] row, int count)
    {
        var projected = new float[count];
        for (int k = 0; k < count; k++)
        {
            double sum = 0;
            double[] component = Components[k];
            for (int d = 0; d < row.Length; d++)
            {
                sum += (row[d] - Mean[d]) * component[d];
            }

            projected[k] = (float)sum;
        }

        return projected;
    }
}
