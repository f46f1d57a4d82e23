// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Quality;

/// <summary>
/// What OCR got wrong on a set: characters misread (edit distance to the truth) out of the characters of truth.
/// Counts add up across lines, so a set's CER is misread ÷ characters over the whole set and a verdict of "no
/// worse than bicubic" can be read to the character.
/// </summary>
/// <param name="Misread">The edit distance between what OCR read and the truth.</param>
/// <param name="Characters">The characters of truth; 0 where nothing was read (no text in the sample).</param>
public readonly record struct OcrCount(int Misread, int Characters)
{
    /// <summary>Gets the count of a sample without text.</summary>
    public static OcrCount None => default;

    /// <summary>Gets the character error rate, NaN without text.</summary>
    public double Rate => this.Characters == 0 ? double.NaN : (double)this.Misread / this.Characters;

    /// <summary>Adds two counts.</summary>
    /// <param name="a">One count.</param>
    /// <param name="b">The other.</param>
    /// <returns>The sum.</returns>
    public static OcrCount operator +(OcrCount a, OcrCount b) => new(a.Misread + b.Misread, a.Characters + b.Characters);
}
