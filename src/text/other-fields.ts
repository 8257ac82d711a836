/**
 * Words that belong to other fields: when a question uses one and the content never does, it
 * is evidence that the question is about something else ("electrical engineers design power
 * distribution systems", "bitcoin mining rigs"). Words the content uses are never counted, so
 * this list can be broad. Pay and compensation are here too: the bot does not answer them.
 */
export const OTHER_FIELD_WORDS: ReadonlySet<string> = new Set(
  `electrical electric firmware microcontroller microcontrollers battery batteries electrician electricity civil voltage volt volts amp amps ampere wiring wire wires circuit circuits
  substation grid grids transformer transformers turbine turbines generator generators solar photovoltaic hvac plumbing plumber
  boiler furnace thermostat appliance appliances outlet breaker fuse megawatt kilowatt watt watts heatwave
  kitchen kitchens chef chefs cooks line-cook kettle microwave toaster fridge dishwasher washing laundry dryer vacuum
  bitcoin btc ethereum eth gas crypto cryptocurrency nft nfts blockchain mining miner miners rig rigs wallet token tokens altcoin dogecoin
  keyboard keyboards keycap keycaps switches mouse mice monitor monitors gpu gpus cpu overclock overclocking laptop laptops
  recipe recipes cook cooking bake baking oven lasagna pasta pizza sushi sourdough bread cake flour sugar salt dinner lunch breakfast household households
  restaurant restaurants cafe coffee tea wine beer cocktail vegan vegetarian diet calories protein bakery bakeries
  football soccer basketball baseball cricket tennis golf hockey rugby nfl nba fifa match goal goals score scored team's league
  movie movies film films actor actress netflix tv series episode song songs music guitar piano band album lyrics concert synth synths synthesizer synthesizers midi drum drums drummer dj daw
  novel novels novelist metamorphosis kafkaesque poem poetry haiku painting paint paints painter canvas acrylic oil watercolor sculpture drawing
  dog dogs cat cats puppy kitten pet pets vet veterinarian horse bird fish aquarium zoo zookeeper
  doctor nurse nurses nursing icu clinic clinical patient patients pharmacist pharmacy dentist dental hospital medicine medical disease symptom symptoms covid vaccine flu fever headache pain therapy therapist
  pregnancy baby babies toddler kids parenting scout scouts cub troop thanksgiving christmas relatives wedding divorce dating girlfriend boyfriend husband wife marriage
  car cars engine engines tire tires gearbox motorcycle bike bicycle truck trucks driving license
  pilot pilots flying aviation flight flights airline airport hotel hotels vacation holiday travel visa passport tourist subway metro commute commuting ferry ferries island islands
  weather rain snow forecast climate temperature
  election electoral president senate congress parliament vote voting politics political democrat republican council councils ministers
  mp mps legislature legislator legislators lawmakers ballot ballots referendum mayor mayoral pollster pollsters
  dance dances dancing dancer dancers salsa tango ballroom choreography
  religion god church bible prayer
  mortgage rent landlord tenant house apartment realtor hoa bylaws condo shareholder shareholders
  stock stocks shares dividend portfolio etf etfs invest investing investment retirement 401k ira tax taxes irs
  accountant accountants accounting bookkeeping bookkeeper cfo intercompany subsidiary subsidiaries payroll
  consolidation eliminations month-end
  union unions tie tiebreak tiebreaker ballot ballots candidate's campaign
  salary salaries paid pays compensation comp tc payscale raise bonus bonuses equity rsu rsus stipend wage wages
  resume cv cover letter marketing seo advertising sales salesperson copywriting branding influencer instagram tiktok
  lawyer attorney lawsuit court judge legal contract non-compete noncompete noncompetes enforceable unenforceable severance
  pluto mars venus jupiter saturn asteroid comet telescope
  conservative liberal tory labour democrats republicans referendum
  chemistry chemical molecule atom physics quantum biology cell cells dna gene genes protein astronomy planet planets star stars galaxy
  garden gardening plant plants flower flowers tree trees lawn soil fertilizer farm farms farming farmer crops livestock
  fashion clothes shirt shoes dress makeup hair haircut
  game gaming gamedev godot unity unreal fortnite minecraft xbox playstation nintendo chess poker skyrim mod mods modding steam
  kmeans k-means silhouette elbow centroid centroids dbscan sklearn scikit-learn hyperparameter hyperparameters
  excel spreadsheet vlookup xlookup hlookup macro macros powerpoint word photoshop poisson regression anova spss stata
  distro distros ubuntu fedora debian manjaro pypi pip conda setuptools testflight xcode appstore playstore
  swiftui uikit jetpack flutter cocoapods
  standup standups timezone timezones scrum sprint sprints kanban agile retro retros retrospective okr okrs morale
  underperforming underperformer underperformers layoffs layoff pip toxic morale rumours rumors rumour rumor facilitation facilitator facilitate
  h1b h-1b immigration uscis greencard steward stewards permit permits residency citizenship
  npm yarn pnpm package packages lockfile rebase rebasing pandas numpy dataframe dataframes jupyter
  wipe wipes wiping wiped ntfs diskpart bootable bios dnd dungeons tabletop gaussian binomial
  shelf shelves bracket brackets drywall drill screws furniture sofa couch armchair recliner mattress ergonomic ergonomics ikea carpet tiles plaster
  warehouse warehouses forklift shipping logistics supply truckload 3pl freight pallet pallets spreadsheets
  hiking hike hikes hiker hikers club clubs agm bylaw river rivers rope ropes canoe canoes kayak kayaks paddle paddles rafting
  bioinformatics genome genomes genomic genomics sequencing picker pickers forklifts
  hydraulic hydraulics sewer sewage wastewater reservoir reservoirs irrigation pipe pipes valve valves
  layer layers lasagne
  vue vuejs svelte sveltekit angular nextjs nuxt django flask laravel jquery tailwind figma wordpress shopify webflow
  css flexbox div divs html stylesheet stylesheets sass scss centering centre centred centered
  rerender rerenders rerendering usememo usecallback useeffect usestate macbook macbooks
  abstain abstained abstains abstention psychology psychologist psych sociology essay essays
  historian historians empire empires emperor emperors medieval archaeology archaeologist hr barista baristas latte lattes espresso roaster roastery
  homework calc calculus integral integrals derivative derivatives antiderivative trig trigonometry worksheet
  bechamel sauce sauces roux gravy lumpy whisk neighbourhood neighborhood treasurer volunteers hoa homeowners
  cashier cashiers marathons hamstring hamstrings painted patchy fantasy binance coinbase arbitrage waiters waitress waitresses
  waitstaff bartender bartenders hostess diners tactile clicky mba vesting cofounder cofounders pharma
  pharmaceutical travelling
  performer performers demotivating demotivate demotivated demotivation federalism unitary poli-sci polisci
  hemisphere hemispheres neuroscience neurology neurologist neuron neurons cortex epilepsy seizure seizures surgeon surgery
  stretches stretching posture chiropractor physio physiotherapy wristwatch watchmaker servicing
  relationship relationships unemployment anxious anxiety melatonin dose dosage insomnia tissue tissues bio organism organisms chores housework electron installer installers
  exhaust muffler rpm aftermarket brunch waitlist diner diners waiter waiters waitress
  guild guilds warcraft mmo mmorpg esports twitch streamer streamers valorant overwatch welder welding garage
  cardiologist cardiology cardiac chambers civic camshaft crankshaft crank mechanic
  gym gyms workout workouts squat squats deadlift cardio hamstring injury injured waiver waivers podcast podcasts celebrity celebrities
  mech thermodynamics thermodynamic boltzmann hamiltonian lagrangian
  wifi wi-fi modem modems extender extenders ethernet
  energy microgrid microgrids epidemiology epidemiologist epidemiologists infection infections virus viruses pathogen
  raid raids gamer gamers esports xbox playstation nintendo horsepower turbo turbocharged eigenvalue eigenvalues choir
  singing singers pharmacies forklift forklifts pallet pallets pickers depot depots econometrics whitewater rapids kayak
  canoe minister marathon jogging treadmill ultima runescape everquest player players pvp pve npc npcs
  gparted booted dual-boot dualboot grub bootloader mbr protagonist novella adults dungeon dungeons campaign
  barbell barbells dumbbell dumbbells collars buffering polls coins memecoin memecoins offsite offsites agenda icebreaker icebreakers
  compressor compressors heater heaters ottoman empire empires constantinople sultan indie itch.io
  raspberry sd blink blinking hdmi gpio motherboard motherboards psu franz jury juries juror jurors criminal courtroom defendant defendants relocating relocate relocated relocation expat expats visas ruling voucher vouchers coupon coupons discount discounts 1nf 2nf 3nf bcnf candidatekey ux healthcare hospital hospitals`
    .split(/\s+/)
    .filter(Boolean),
);
