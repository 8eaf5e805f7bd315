package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.KeptSubsetFont;
import com.lowagie.text.pdf.PageNumbers;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text of a phrase broken into lines exactly as OpenPDF 2.0.5's {@code ColumnText} breaks it
 * ({@code BidiLine.processLine}), for the plain text of a report's table cells: runs of the
 * report's fonts without style or attributes, left to right, no tabs. Each line's leading and the
 * room left at its end are OpenPDF's too, so a cell drawn from these lines has the height and the
 * glyph positions of the layout it replaces, at a fraction of its cost (docs/performance.md).
 *
 * <p>The rules, as OpenPDF applies them: a {@code '\n'} ends a paragraph; white space ending a
 * paragraph is dropped, white space starting one is kept; a line breaks after the last split
 * character that fits (white space, {@code '-'}, {@code U+2010}, {@code U+2002..U+200B}, CJK) or,
 * with none, inside the word; white space ending a line is not drawn and the next line does not
 * start with any; a character too wide for an empty line still gets one of its own.
 */
final class TextLines {

  /** One style of run: a font at a size in a colour (null colour: the canvas's). */
  private record Style(BaseFont font, float size, Color color) {}

  private final char[] text;
  private final Style[] styles;

  private TextLines(char[] text, Style[] styles) {
    this.text = text;
    this.styles = styles;
  }

  /**
   * The phrase's text with a style per character, or null when OpenPDF's layout must handle it: a
   * chunk with attributes (a link, an underline, an image), a font without an embedded base font or
   * with a style (OpenPDF emboldens or slants it), a tab, a carriage return, a character OpenPDF
   * skips or treats as a surrogate pair.
   */
  static TextLines of(Phrase phrase) {
    Builder b = new Builder();
    return b.add(phrase)
        ? new TextLines(Arrays.copyOf(b.text, b.length), Arrays.copyOf(b.styles, b.length))
        : null;
  }

  /**
   * Collects the characters of a phrase and of the phrases in it, in order: the chunks {@code
   * Phrase.getChunks()} would list, without the lists it makes.
   */
  private static final class Builder {
    char[] text = new char[64];
    Style[] styles = new Style[64];
    int length;

    boolean add(Phrase phrase) {
      for (Element element : phrase) {
        if (element instanceof Chunk chunk) {
          if (!add(chunk)) {
            return false;
          }
        } else if (!(element instanceof Phrase inner) || !add(inner)) {
          return false;
        }
      }
      return true;
    }

    private boolean add(Chunk chunk) {
      if (chunk.hasAttributes()) {
        return false;
      }
      Font font = chunk.getFont();
      BaseFont base = font.getBaseFont();
      if (base == null || (font.getStyle() != Font.NORMAL && font.getStyle() != Font.UNDEFINED)) {
        return false;
      }
      float size = font.getSize() == Font.UNDEFINED ? 12 : font.getSize();
      Style style = new Style(base, size, font.getColor());
      String content = chunk.getContent();
      if (length + content.length() > text.length) {
        int capacity = Math.max(text.length * 2, length + content.length());
        text = Arrays.copyOf(text, capacity);
        styles = Arrays.copyOf(styles, capacity);
      }
      for (int i = 0; i < content.length(); i++) {
        char c = content.charAt(i);
        if ((c < ' ' && c != '\n')
            || Character.isSurrogate(c)
            || (c >= 0x200b && c <= 0x200f)
            || (c >= 0x202a && c <= 0x202e)
            || base.getUnicodeEquivalent(c) != c) {
          return false;
        }
        text[length] = c;
        styles[length] = style;
        length++;
      }
      return true;
    }
  }

  /**
   * The lines of the text in a column {@code width} points wide.
   *
   * @param fixedLeading the cell's fixed leading
   * @param multipliedLeading the cell's leading per point of the line's largest font
   */
  Layout layout(ReportFonts fonts, float width, float fixedLeading, float multipliedLeading) {
    return new Breaker(fonts, width, fixedLeading, multipliedLeading).layout();
  }

  /** One breaking of the text into lines, in one column width and leading. */
  private final class Breaker {
    private final ReportFonts fonts;
    private final float width;
    private final float fixedLeading;
    private final float multipliedLeading;
    private final List<Line> lines = new ArrayList<>();

    Breaker(ReportFonts fonts, float width, float fixedLeading, float multipliedLeading) {
      this.fonts = fonts;
      this.width = width;
      this.fixedLeading = fixedLeading;
      this.multipliedLeading = multipliedLeading;
    }

    Layout layout() {
      int paragraphStart = 0;
      while (paragraphStart < text.length) {
        int newline = paragraphStart;
        while (newline < text.length && text[newline] != '\n') {
          newline++;
        }
        // BidiLine.getParagraph: the paragraph without the white space that ends it.
        int length = trimRight(paragraphStart, newline - 1) + 1;
        if (length == paragraphStart) {
          // An empty paragraph is one empty line in the font of its first character.
          lines.add(new Line(paragraphStart, paragraphStart - 1, width, leading(paragraphStart)));
        } else {
          int current = paragraphStart;
          while (current < length) {
            current = nextLine(paragraphStart, current, length);
          }
        }
        paragraphStart = newline + 1;
      }
      return new Layout(lines, width);
    }

    /** Adds the line that starts at {@code current} and returns where the next one starts. */
    private int nextLine(int paragraphStart, int current, int length) {
      float left = width;
      int lastSplit = -1;
      if (current != paragraphStart) {
        while (current < length && text[current] <= ' ') {
          current++;
        }
      }
      int start = current;
      boolean anyFits = false;
      for (; current < length; current++) {
        char c = text[current];
        float charWidth = charWidth(current);
        boolean split = isSplit(c);
        if (split && Character.isWhitespace(c)) {
          lastSplit = current;
        }
        if (left - charWidth < 0) {
          break;
        }
        if (split) {
          lastSplit = current;
        }
        left -= charWidth;
        anyFits = true;
      }
      if (!anyFits) {
        // Not even one character fits: it gets the line to itself.
        add(current, current, 0);
        return current + 1;
      }
      if (current >= length) {
        add(start, length - 1, left);
        return current;
      }
      int last = trimRight(start, current - 1);
      if (last < start) {
        add(start, current - 1, left);
        return current;
      }
      if (lastSplit == -1 || lastSplit >= last) {
        // No split point before the end: the word is cut where the column ends.
        add(start, last, left + width(last + 1, current - 1));
        return current;
      }
      int next = lastSplit + 1;
      last = trimRight(start, lastSplit);
      if (last < start) {
        last = next - 1;
      }
      add(start, last, width - width(start, last));
      return next;
    }

    private void add(int first, int last, float room) {
      float largest = 0;
      for (int i = first; i <= last; i++) {
        largest = Math.max(largest, styles[i].size);
      }
      lines.add(new Line(first, last, room, fixedLeading + largest * multipliedLeading));
    }

    /** ColumnText's leading of an empty line, in the size of character {@code i}'s font. */
    private float leading(int i) {
      return fixedLeading + styles[i].size * multipliedLeading;
    }

    /** PdfChunk.getCharWidth: the font's width of the character, scaled as OpenPDF scales it. */
    private float charWidth(int i) {
      Style s = styles[i];
      return fonts.width(s.font, text[i]) * 0.001f * s.size;
    }

    private float width(int first, int last) {
      float w = 0;
      for (int i = first; i <= last; i++) {
        w += charWidth(i);
      }
      return w;
    }
  }

  /** The last character of {@code first..last} that is not white space, or {@code first - 1}. */
  private int trimRight(int first, int last) {
    int i = last;
    while (i >= first && text[i] <= ' ') {
      i--;
    }
    return i;
  }

  /** DefaultSplitCharacter.isSplitCharacter for a character of the basic multilingual plane. */
  private static boolean isSplit(char c) {
    if (c <= ' ' || c == '-' || c == '\u2010') {
      return true;
    }
    if (c < 0x2002) {
      return false;
    }
    return c <= 0x200b
        || c >= 0x2e80 && c < 0xd7a0
        || c >= 0xf900 && c < 0xfb00
        || c >= 0xfe30 && c < 0xfe50
        || c >= 0xff61 && c < 0xffa0;
  }

  /**
   * One line: its characters {@code first..last} (none when {@code last < first}), the room left at
   * its end, and the distance from the line above (or from the top) down to its baseline.
   */
  private record Line(int first, int last, float room, float leading) {}

  /** The lines of a text laid out in one width. */
  final class Layout {
    private final List<Line> lines;
    private final float width;

    private Layout(List<Line> lines, float width) {
      this.lines = lines;
      this.width = width;
    }

    /**
     * {@code top} plus the lines' leadings, added one after the other as ColumnText moves down by
     * each (so the sum is OpenPDF's to the last bit).
     */
    float height(float top) {
      float h = top;
      for (Line line : lines) {
        h += line.leading;
      }
      return h;
    }

    /**
     * Draws the lines with their first baseline one leading below {@code top}, each line placed in
     * the column from {@code left} to {@code right} by {@code alignment} as OpenPDF places it
     * (should the column have become wider or narrower since the text was broken into lines, a line
     * keeps its breaks and moves with the edge it is aligned to).
     */
    void draw(PdfContentByte cb, float left, float right, float top, int alignment) {
      float wider = (right - left) - width;
      cb.saveState();
      cb.beginText();
      BaseFont font = null;
      float size = 0;
      Color color = null;
      boolean colorSet = false;
      float y = top;
      for (Line line : lines) {
        y -= line.leading;
        if (line.last < line.first) {
          continue;
        }
        float x =
            switch (alignment) {
              case Element.ALIGN_RIGHT -> left + (line.room + wider);
              case Element.ALIGN_CENTER -> left + (line.room + wider) / 2f;
              default -> left;
            };
        PageNumbers.setTextMatrix(cb, x, y);
        int i = line.first;
        while (i <= line.last) {
          Style s = styles[i];
          int start = i;
          while (i <= line.last && styles[i] == s) {
            i++;
          }
          if (s.font != font || s.size != size) {
            font = s.font;
            size = s.size;
            cb.setFontAndSize(font, size);
          }
          if (!colorSet || !Objects.equals(s.color, color)) {
            color = s.color;
            colorSet = true;
            cb.setColorFill(color == null ? Color.BLACK : color);
          }
          KeptSubsetFont.showText(cb, text, start, i);
        }
      }
      cb.endText();
      cb.restoreState();
    }
  }
}
