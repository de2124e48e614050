"""Draws resources/icons/cnngui.png: a digit seen through a 3x3 convolution window."""

from pathlib import Path

from PIL import Image, ImageDraw

from cnngui.core.data.strokes import render_digit

SIZE = 256
icon = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
draw = ImageDraw.Draw(icon)
draw.rounded_rectangle([8, 8, SIZE - 8, SIZE - 8], radius=44, fill=(24, 44, 78, 255))
digit = render_digit(7, size=200, width=26).resize((200, 200))
ink = Image.new("RGBA", (200, 200), (240, 244, 250, 255))
icon.paste(ink, (28, 28), digit)
cell = 200 / 28
for i in range(4):  # a 3x3 kernel window over part of the stroke
    x = 28 + (14 + i * 3) * cell
    draw.line([(x, 28 + 2 * cell), (x, 28 + 11 * cell)], fill=(255, 140, 0, 255), width=4)
    y = 28 + (2 + i * 3) * cell
    draw.line([(28 + 14 * cell, y), (28 + 23 * cell, y)], fill=(255, 140, 0, 255), width=4)
out = Path(__file__).resolve().parent.parent / "resources" / "icons" / "cnngui.png"
icon.save(out)
print(out)
