// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>Character error rate: the edit distance between OCR output and the truth, per character of truth.</summary>
public static class CharacterErrorRate
{
    /// <summary>Measures the CER after collapsing runs of whitespace (OCR layout is not scored).</summary>
    /// <param name="truth">The text that was rendered.</param>
    /// <param name="recognized">The text OCR read.</param>
    /// <returns>The CER, 0 for a perfect read; it can exceed 1 when OCR adds text.</returns>
    public static double Measure(string truth, string recognized) => Count(truth, recognized).Rate;

    /// <summary>Counts the characters misread (the edit distance) and the characters of truth, whitespace collapsed.</summary>
    /// <param name="truth">The text that was rendered.</param>
    /// <param name="recognized">The text OCR read.</param>
    /// <returns>The counts.</returns>
    public static OcrCount Count(string truth, string recognized)
    {
        string a = Normalize(truth), b = Normalize(recognized);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return new OcrCount(previous[b.Length], Math.Max(1, a.Length));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
