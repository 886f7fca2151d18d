"""Writes COUNT generated documents as JSON Lines records {"doc", "text"}
to standard output, seeded so that every run writes the same ones: city
reports, bulletins and budget notes in the forms published documents use
(sections with Chinese numbering, years, figures in Arabic and Chinese
numerals, 亿元/万元/%, percentage points, targets with 左右 and 以上),
in Simplified and Traditional script, with the Corpus's UTF-8 documents
added as records of their own. Usage: generate_records.py COUNT CORPUS_DIR"""
import json
import os
import random
import sys

CITIES = ["青川", "白沙", "临江", "东湖", "南山", "石门", "清河", "文山", "长宁", "凤台"]
SECTIONS = ["一、{year}年工作回顾", "二、{next}年主要目标", "三、重点任务"]
DIGITS = "零一二三四五六七八九"


def chinese(number):
    """A whole number below 10,000 in Chinese numerals (二千零一十四)."""
    if number == 0:
        return "零"
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS[digit] + unit
    return out[1:] if out.startswith("一十") else out


# Each indicator with the kind of figure it is given in.
INDICATORS = [("地区生产总值", "money"), ("一般公共预算收入", "money"), ("固定资产投资", "money"),
              ("社会消费品零售总额", "money"), ("城镇新增就业", "people"), ("居民人均可支配收入", "money"),
              ("粮食产量", "mass"), ("进出口总额", "money"), ("研发经费投入强度", "share")]


def amount(rng, kind):
    """An amount of `kind`, in one of the forms reports write."""
    if kind == "money":
        return rng.choice([f"{rng.randrange(1, 9999)}.{rng.randrange(10, 99)}亿元", f"{rng.randrange(1, 999)}万元"])
    if kind == "people":
        return rng.choice([f"{chinese(rng.randrange(1, 9999))}人", f"{rng.randrange(1, 99)}.{rng.randrange(1, 9)}万人"])
    if kind == "mass":
        return f"{rng.randrange(10, 999)}.{rng.randrange(1, 9)}万吨"
    return f"{rng.randrange(1, 5)}.{rng.randrange(0, 9)}%"


def change(rng):
    """A change, as a growth rate or in percentage points."""
    return rng.choice([f"{rng.randrange(1, 30)}.{rng.randrange(0, 9)}%", f"百分之{chinese(rng.randrange(1, 30))}",
                       f"{rng.randrange(1, 9)}个百分点"])


def document(rng, index):
    year = rng.randrange(2015, 2025)
    city = rng.choice(CITIES)
    lines = [f"{city}市{year + 1}年政府工作报告", "", f"（{year + 1}年1月{rng.randrange(5, 28)}日）", ""]
    for number, heading in enumerate(SECTIONS):
        lines.append(heading.format(year=year, next=year + 1))
        for _ in range(rng.randrange(1, 4)):
            sentences = []
            for _ in range(rng.randrange(1, 5)):
                indicator, kind = rng.choice(INDICATORS)
                if number == 1:
                    sentences.append(f"{indicator}增长{rng.randrange(3, 9)}%{rng.choice(['左右', '以上', ''])}")
                else:
                    sentences.append(f"全年{indicator}{amount(rng, kind)}，{rng.choice(['增长', '下降'])}{change(rng)}")
            lines.append("　　" + "，".join(sentences) + "。")
        lines.append("")
    text = "\n".join(lines)
    if index % 5 == 0:
        # Traditional script, as Taiwan and Hong Kong write.
        text = text.translate(str.maketrans("报长区业总额产进经费亿万个点门资顾标务预算强资动", "報長區業總額產進經費億萬個點門資顧標務預算強資動"))
    return {"doc": f"gen-{index:04d}", "text": text, "year": year}


def main():
    count, corpus = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(16)
    for index in range(count):
        print(json.dumps(document(rng, index), ensure_ascii=False))
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt") and ".gb18030" not in name and ".big5" not in name:
            with open(os.path.join(corpus, name), encoding="utf-8") as file:
                print(json.dumps({"doc": name[:-4], "text": file.read()}, ensure_ascii=False))


main()
