/** The raw material of the demo shop. The seed combines it deterministically. */

export const seedCategories = [
  { name: 'Coffee', slug: 'coffee', description: 'Single-origin beans and house blends, roasted weekly.' },
  { name: 'Tea', slug: 'tea', description: 'Loose-leaf teas from small gardens.' },
  { name: 'Brewing', slug: 'brewing', description: 'Kettles, grinders and pour-over gear.' },
  { name: 'Books', slug: 'books', description: 'Field guides for the curious drinker.' },
  { name: 'Kitchen', slug: 'kitchen', description: 'Cups, jars and things for the counter.' },
  { name: 'Snacks', slug: 'snacks', description: 'Biscuits and chocolate that go with a cup.' },
] as const;

/** Per category: [product name, base price in cents, a short description]. */
export const seedProducts: readonly (readonly [string, number, string])[][] = [
  [
    ['Ethiopia Yirgacheffe 250 g', 1450, 'Floral, bergamot, washed process.'],
    ['Colombia Huila 250 g', 1290, 'Red apple and caramel, medium roast.'],
    ['Kenya AA Nyeri 250 g', 1690, 'Blackcurrant and grapefruit, bright acidity.'],
    ['Brazil Cerrado 1 kg', 3290, 'Nutty and chocolatey, an easy espresso.'],
    ['House Espresso Blend 1 kg', 2990, 'Dark chocolate and hazelnut, for milk drinks.'],
    ['Decaf Sugarcane Colombia 250 g', 1390, 'Naturally decaffeinated, sweet and round.'],
    ['Guatemala Antigua 250 g', 1350, 'Cocoa, orange zest, full body.'],
    ['Sumatra Mandheling 250 g', 1390, 'Earthy, cedar, low acidity.'],
    ['Rwanda Nyamasheke 250 g', 1590, 'Red berries and black tea.'],
  ],
  [
    ['Darjeeling First Flush 100 g', 1890, 'Muscatel, light and floral.'],
    ['Assam Breakfast 250 g', 990, 'Malty and strong, takes milk well.'],
    ['Sencha Uji 100 g', 1650, 'Grassy, sweet, steamed green tea.'],
    ['Jasmine Silver Needle 50 g', 2290, 'White tea scented with fresh jasmine.'],
    ['Earl Grey Classic 250 g', 1090, 'Black tea with Calabrian bergamot.'],
    ['Rooibos Vanilla 200 g', 890, 'Caffeine-free, smooth and sweet.'],
    ['Oolong Tie Guan Yin 100 g', 1990, 'Orchid aroma, rolled leaves.'],
    ['Genmaicha 200 g', 1190, 'Green tea with toasted rice.'],
    ['Chamomile Flowers 100 g', 790, 'Whole flowers, honeyed and calm.'],
  ],
  [
    ['Gooseneck Kettle 1 l', 5490, 'Precise pour, stovetop safe.'],
    ['Hand Grinder Conical Burr', 8990, 'Stainless burrs, 40 grind settings.'],
    ['Pour-Over Dripper Ceramic', 2490, 'Cone dripper, size 02.'],
    ['Paper Filters 02 (100)', 590, 'Unbleached, for cone drippers.'],
    ['French Press 8 Cup', 3490, 'Borosilicate glass, steel frame.'],
    ['Digital Scale 0.1 g', 2990, 'With timer, for brewing by weight.'],
    ['AeroPress Original', 3990, 'Quick, clean, travels well.'],
    ['Cold Brew Jar 1.5 l', 2790, 'With a fine mesh filter.'],
    ['Moka Pot 6 Cup', 3290, 'Aluminium, classic Italian design.'],
  ],
  [
    ['The World Atlas of Coffee', 3500, 'Origins, processing and brewing.'],
    ['The Tea Enthusiast’s Handbook', 2200, 'A guide to the world’s best teas.'],
    ['Water for Coffee', 2900, 'Why the water matters, with recipes.'],
    ['The Professional Barista’s Handbook', 4500, 'Espresso from first principles.'],
    ['Tea: History, Terroirs, Varieties', 3900, 'A thorough reference.'],
    ['Coffee Roasting at Home', 1900, 'From green beans to first crack.'],
    ['The Little Book of Tea Rituals', 1400, 'Short, calm, illustrated.'],
    ['Everything but Espresso', 2500, 'Filter coffee explained.'],
  ],
  [
    ['Double-Wall Glass Cups (2)', 1990, 'Keep the heat in, the fingers cool.'],
    ['Stoneware Mug Ash Glaze', 1690, 'Hand-thrown, 350 ml.'],
    ['Airtight Canister 500 g', 1890, 'One-way valve keeps beans fresh.'],
    ['Milk Frother Jug 600 ml', 1790, 'Stainless, for latte art.'],
    ['Tea Infuser Basket', 790, 'Fine mesh, fits most mugs.'],
    ['Porcelain Teapot 800 ml', 3290, 'With a removable strainer.'],
    ['Bamboo Tea Tray', 4190, 'For gongfu brewing.'],
    ['Knock Box Small', 2490, 'For espresso pucks.'],
  ],
  [
    ['Almond Biscotti 200 g', 690, 'Twice-baked, for dunking.'],
    ['Dark Chocolate 72% 100 g', 490, 'Single-origin Peru.'],
    ['Shortbread Fingers 150 g', 590, 'Butter, flour, sugar, salt.'],
    ['Stroopwafels (8)', 790, 'Caramel syrup waffles, Gouda style.'],
    ['Candied Ginger 150 g', 650, 'Warm and sweet.'],
    ['Matcha White Chocolate 80 g', 550, 'Creamy with a green tea bite.'],
    ['Salted Caramel Cookies 180 g', 720, 'Chewy middle, crisp edge.'],
  ],
];

export const seedFirstNames = [
  'Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia',
  'Tim', 'Frances', 'John', 'Hedy', 'Guido', 'Sophie', 'Donald', 'Annie', 'Edsger', 'Karen',
] as const;

export const seedLastNames = [
  'Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman',
  'Berners-Lee', 'Allen', 'McCarthy', 'Lamarr', 'van Rossum', 'Wilson', 'Knuth', 'Easley', 'Dijkstra', 'Spärck Jones',
] as const;

export const seedReviewTexts = [
  [1, 'Not for me', 'Arrived fine but did not live up to the description.'],
  [2, 'Could be better', 'Decent, though I expected more for the price.'],
  [3, 'Solid', 'Does what it says. Would buy again on a discount.'],
  [4, 'Very good', 'Lovely quality, quick delivery, small quibbles only.'],
  [5, 'Excellent', 'Exactly what I hoped for. Already recommended it to friends.'],
] as const;

/**
 * scrypt hashes of the two demo passwords (OWASP cost), computed once so that seeding a fresh
 * database, which every test does, does not spend a second on 21 password hashes.
 */
export const demoPasswordHashes = {
  customer: 'scrypt$16384$8$5$Gps543lORCLD95FNvl6Ryg$WBjQ2MqlH6UX__lmHpughDkN0gcb9kLE4x4A1OSSMME',
  admin: 'scrypt$16384$8$5$DS9Po-iHwvq8orha97B8EA$wvbQhj55l3Y3eLhbHaeF9Dvdop58vY2Zgs3exg43hAw',
} as const;
