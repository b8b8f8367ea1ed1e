-- json.lua: the Json benchmark of "Are We Fast Yet", as json.self. A small JSON
-- parser reads a fixed text (a minified RAP protocol message, 25,820 bytes) one
-- character at a time and builds a tree of objects, arrays, strings, numbers
-- and literals. A result verifies when it is an object whose "head" is an
-- object and whose "operations" is an array of 156 elements.
--
-- A character is a byte: the parser keeps string.byte(input, index + 1) (an
-- integer, or nil past the end; the index counts from 0 as in json.self) and
-- compares it with the byte constants below. Captured strings and numbers are
-- copies of the input between two indices.
local awfy = dofile((arg[0]:match("^(.*/)") or "./") .. "harness.lua")

local byte, sub = string.byte, string.sub

local RAP_BENCHMARK_MINIFIED = '{"head":{"requestCounter":4},"operations":[["destroy","w54"],["set","w2",{"activeControl":"w99"}],["set","w21",{"customVariant":"variant_navigation"}],["set","w28",{"customVariant":"variant_selected"}],["set","w53",{"children":["w95"]}],["create","w95","rwt.widgets.Composite",{"parent":"w53","style":["NONE"],"bounds":[0,0,1008,586],"children":["w96","w97"],"tabIndex":-1,"clientArea":[0,0,1008,586]}],["create","w96","rwt.widgets.Label",{"parent":"w95","style":["NONE"],"bounds":[10,30,112,26],"tabIndex":-1,"customVariant":"variant_pageHeadline","text":"TableViewer"}],["create","w97","rwt.widgets.Composite",{"parent":"w95","style":["NONE"],"bounds":[0,61,1008,525],"children":["w98","w99","w226","w228"],"tabIndex":-1,"clientArea":[0,0,1008,525]}],["create","w98","rwt.widgets.Text",{"parent":"w97","style":["LEFT","SINGLE","BORDER"],"bounds":[10,10,988,32],"tabIndex":22,"activeKeys":["#13","#27","#40"]}],["listen","w98",{"KeyDown":true,"Modify":true}],["create","w99","rwt.widgets.Grid",{"parent":"w97","style":["SINGLE","BORDER"],"appearance":"table","indentionWidth":0,"treeColumn":-1,"markupEnabled":false}],["create","w100","rwt.widgets.ScrollBar",{"parent":"w99","style":["HORIZONTAL"]}],["create","w101","rwt.widgets.ScrollBar",{"parent":"w99","style":["VERTICAL"]}],["set","w99",{"bounds":[10,52,988,402],"children":[],"tabIndex":23,"activeKeys":["CTRL+#70","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"],"cancelKeys":["CTRL+#70","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"]}],["listen","w99",{"MouseDown":true,"MouseUp":true,"MouseDoubleClick":true,"KeyDown":true}],["set","w99",{"itemCount":118,"itemHeight":28,"itemMetrics":[[0,0,50,3,0,3,44],[1,50,50,53,0,53,44],[2,100,140,103,0,103,134],[3,240,180,243,0,243,174],[4,420,50,423,0,423,44],[5,470,50,473,0,473,44]],"columnCount":6,"headerHeight":35,"headerVisible":true,"linesVisible":true,"focusItem":"w108","selection":["w108"]}],["listen","w99",{"Selection":true,"DefaultSelection":true}],["set","w99",{"enableCellToolTip":true}],["listen","w100",{"Selection":true}],["set","w101",{"visibility":true}],["listen","w101",{"Selection":true}],["create","w102","rwt.widgets.GridColumn",{"parent":"w99","text":"Nr.","width":50,"moveable":true}],["listen","w102",{"Selection":true}],["create","w103","rwt.widgets.GridColumn",{"parent":"w99","text":"Sym.","index":1,"left":50,"width":50,"moveable":true}],["listen","w103",{"Selection":true}],["create","w104","rwt.widgets.GridColumn",{"parent":"w99","text":"Name","index":2,"left":100,"width":140,"moveable":true}],["listen","w104",{"Selection":true}],["create","w105","rwt.widgets.GridColumn",{"parent":"w99","text":"Series","index":3,"left":240,"width":180,"moveable":true}],["listen","w105",{"Selection":true}],["create","w106","rwt.widgets.GridColumn",{"parent":"w99","text":"Group","index":4,"left":420,"width":50,"moveable":true}],["listen","w106",{"Selection":true}],["create","w107","rwt.widgets.GridColumn",{"parent":"w99","text":"Period","index":5,"left":470,"width":50,"moveable":true}],["listen","w107",{"Selection":true}],["create","w108","rwt.widgets.GridItem",{"parent":"w99","index":0,"texts":["1","H","Hydrogen","Nonmetal","1","1"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w109","rwt.widgets.GridItem",{"parent":"w99","index":1,"texts":["2","He","Helium","Noble gas","18","1"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w110","rwt.widgets.GridItem",{"parent":"w99","index":2,"texts":["3","Li","Lithium","Alkali metal","1","2"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w111","rwt.widgets.GridItem",{"parent":"w99","index":3,"texts":["4","Be","Beryllium","Alkaline earth metal","2","2"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w112","rwt.widgets.GridItem",{"parent":"w99","index":4,"texts":["5","B","Boron","Metalloid","13","2"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w113","rwt.widgets.GridItem",{"parent":"w99","index":5,"texts":["6","C","Carbon","Nonmetal","14","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w114","rwt.widgets.GridItem",{"parent":"w99","index":6,"texts":["7","N","Nitrogen","Nonmetal","15","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w115","rwt.widgets.GridItem",{"parent":"w99","index":7,"texts":["8","O","Oxygen","Nonmetal","16","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w116","rwt.widgets.GridItem",{"parent":"w99","index":8,"texts":["9","F","Fluorine","Halogen","17","2"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w117","rwt.widgets.GridItem",{"parent":"w99","index":9,"texts":["10","Ne","Neon","Noble gas","18","2"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w118","rwt.widgets.GridItem",{"parent":"w99","index":10,"texts":["11","Na","Sodium","Alkali metal","1","3"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w119","rwt.widgets.GridItem",{"parent":"w99","index":11,"texts":["12","Mg","Magnesium","Alkaline earth metal","2","3"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w120","rwt.widgets.GridItem",{"parent":"w99","index":12,"texts":["13","Al","Aluminium","Poor metal","13","3"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w121","rwt.widgets.GridItem",{"parent":"w99","index":13,"texts":["14","Si","Silicon","Metalloid","14","3"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w122","rwt.widgets.GridItem",{"parent":"w99","index":14,"texts":["15","P","Phosphorus","Nonmetal","15","3"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w123","rwt.widgets.GridItem",{"parent":"w99","index":15,"texts":["16","S","Sulfur","Nonmetal","16","3"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w124","rwt.widgets.GridItem",{"parent":"w99","index":16,"texts":["17","Cl","Chlorine","Halogen","17","3"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w125","rwt.widgets.GridItem",{"parent":"w99","index":17,"texts":["18","Ar","Argon","Noble gas","18","3"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w126","rwt.widgets.GridItem",{"parent":"w99","index":18,"texts":["19","K","Potassium","Alkali metal","1","4"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w127","rwt.widgets.GridItem",{"parent":"w99","index":19,"texts":["20","Ca","Calcium","Alkaline earth metal","2","4"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w128","rwt.widgets.GridItem",{"parent":"w99","index":20,"texts":["21","Sc","Scandium","Transition metal","3","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w129","rwt.widgets.GridItem",{"parent":"w99","index":21,"texts":["22","Ti","Titanium","Transition metal","4","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w130","rwt.widgets.GridItem",{"parent":"w99","index":22,"texts":["23","V","Vanadium","Transition metal","5","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w131","rwt.widgets.GridItem",{"parent":"w99","index":23,"texts":["24","Cr","Chromium","Transition metal","6","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w132","rwt.widgets.GridItem",{"parent":"w99","index":24,"texts":["25","Mn","Manganese","Transition metal","7","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w133","rwt.widgets.GridItem",{"parent":"w99","index":25,"texts":["26","Fe","Iron","Transition metal","8","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w134","rwt.widgets.GridItem",{"parent":"w99","index":26,"texts":["27","Co","Cobalt","Transition metal","9","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w135","rwt.widgets.GridItem",{"parent":"w99","index":27,"texts":["28","Ni","Nickel","Transition metal","10","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w136","rwt.widgets.GridItem",{"parent":"w99","index":28,"texts":["29","Cu","Copper","Transition metal","11","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w137","rwt.widgets.GridItem",{"parent":"w99","index":29,"texts":["30","Zn","Zinc","Transition metal","12","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w138","rwt.widgets.GridItem",{"parent":"w99","index":30,"texts":["31","Ga","Gallium","Poor metal","13","4"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w139","rwt.widgets.GridItem",{"parent":"w99","index":31,"texts":["32","Ge","Germanium","Metalloid","14","4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w140","rwt.widgets.GridItem",{"parent":"w99","index":32,"texts":["33","As","Arsenic","Metalloid","15","4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w141","rwt.widgets.GridItem",{"parent":"w99","index":33,"texts":["34","Se","Selenium","Nonmetal","16","4"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],["create","w142","rwt.widgets.GridItem",{"parent":"w99","index":34,"texts":["35","Br","Bromine","Halogen","17","4"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w143","rwt.widgets.GridItem",{"parent":"w99","index":35,"texts":["36","Kr","Krypton","Noble gas","18","4"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w144","rwt.widgets.GridItem",{"parent":"w99","index":36,"texts":["37","Rb","Rubidium","Alkali metal","1","5"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w145","rwt.widgets.GridItem",{"parent":"w99","index":37,"texts":["38","Sr","Strontium","Alkaline earth metal","2","5"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w146","rwt.widgets.GridItem",{"parent":"w99","index":38,"texts":["39","Y","Yttrium","Transition metal","3","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w147","rwt.widgets.GridItem",{"parent":"w99","index":39,"texts":["40","Zr","Zirconium","Transition metal","4","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w148","rwt.widgets.GridItem",{"parent":"w99","index":40,"texts":["41","Nb","Niobium","Transition metal","5","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w149","rwt.widgets.GridItem",{"parent":"w99","index":41,"texts":["42","Mo","Molybdenum","Transition metal","6","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w150","rwt.widgets.GridItem",{"parent":"w99","index":42,"texts":["43","Tc","Technetium","Transition metal","7","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w151","rwt.widgets.GridItem",{"parent":"w99","index":43,"texts":["44","Ru","Ruthenium","Transition metal","8","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w152","rwt.widgets.GridItem",{"parent":"w99","index":44,"texts":["45","Rh","Rhodium","Transition metal","9","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w153","rwt.widgets.GridItem",{"parent":"w99","index":45,"texts":["46","Pd","Palladium","Transition metal","10","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w154","rwt.widgets.GridItem",{"parent":"w99","index":46,"texts":["47","Ag","Silver","Transition metal","11","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w155","rwt.widgets.GridItem",{"parent":"w99","index":47,"texts":["48","Cd","Cadmium","Transition metal","12","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w156","rwt.widgets.GridItem",{"parent":"w99","index":48,"texts":["49","In","Indium","Poor metal","13","5"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w157","rwt.widgets.GridItem",{"parent":"w99","index":49,"texts":["50","Sn","Tin","Poor metal","14","5"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w158","rwt.widgets.GridItem",{"parent":"w99","index":50,"texts":["51","Sb","Antimony","Metalloid","15","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w159","rwt.widgets.GridItem",{"parent":"w99","index":51,"texts":["52","Te","Tellurium","Metalloid","16","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w160","rwt.widgets.GridItem",{"parent":"w99","index":52,"texts":["53","I","Iodine","Halogen","17","5"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w161","rwt.widgets.GridItem",{"parent":"w99","index":53,"texts":["54","Xe","Xenon","Noble gas","18","5"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w162","rwt.widgets.GridItem",{"parent":"w99","index":54,"texts":["55","Cs","Caesium","Alkali metal","1","6"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w163","rwt.widgets.GridItem",{"parent":"w99","index":55,"texts":["56","Ba","Barium","Alkaline earth metal","2","6"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w164","rwt.widgets.GridItem",{"parent":"w99","index":56,"texts":["57","La","Lanthanum","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w165","rwt.widgets.GridItem",{"parent":"w99","index":57,"texts":["58","Ce","Cerium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w166","rwt.widgets.GridItem",{"parent":"w99","index":58,"texts":["59","Pr","Praseodymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w167","rwt.widgets.GridItem",{"parent":"w99","index":59,"texts":["60","Nd","Neodymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w168","rwt.widgets.GridItem",{"parent":"w99","index":60,"texts":["61","Pm","Promethium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w169","rwt.widgets.GridItem",{"parent":"w99","index":61,"texts":["62","Sm","Samarium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w170","rwt.widgets.GridItem",{"parent":"w99","index":62,"texts":["63","Eu","Europium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w171","rwt.widgets.GridItem",{"parent":"w99","index":63,"texts":["64","Gd","Gadolinium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w172","rwt.widgets.GridItem",{"parent":"w99","index":64,"texts":["65","Tb","Terbium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w173","rwt.widgets.GridItem",{"parent":"w99","index":65,"texts":["66","Dy","Dysprosium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w174","rwt.widgets.GridItem",{"parent":"w99","index":66,"texts":["67","Ho","Holmium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w175","rwt.widgets.GridItem",{"parent":"w99","index":67,"texts":["68","Er","Erbium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w176","rwt.widgets.GridItem",{"parent":"w99","index":68,"texts":["69","Tm","Thulium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w177","rwt.widgets.GridItem",{"parent":"w99","index":69,"texts":["70","Yb","Ytterbium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w178","rwt.widgets.GridItem",{"parent":"w99","index":70,"texts":["71","Lu","Lutetium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w179","rwt.widgets.GridItem",{"parent":"w99","index":71,"texts":["72","Hf","Hafnium","Transition metal","4","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w180","rwt.widgets.GridItem",{"parent":"w99","index":72,"texts":["73","Ta","Tantalum","Transition metal","5","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w181","rwt.widgets.GridItem",{"parent":"w99","index":73,"texts":["74","W","Tungsten","Transition metal","6","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w182","rwt.widgets.GridItem",{"parent":"w99","index":74,"texts":["75","Re","Rhenium","Transition metal","7","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w183","rwt.widgets.GridItem",{"parent":"w99","index":75,"texts":["76","Os","Osmium","Transition metal","8","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w184","rwt.widgets.GridItem",{"parent":"w99","index":76,"texts":["77","Ir","Iridium","Transition metal","9","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w185","rwt.widgets.GridItem",{"parent":"w99","index":77,"texts":["78","Pt","Platinum","Transition metal","10","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w186","rwt.widgets.GridItem",{"parent":"w99","index":78,"texts":["79","Au","Gold","Transition metal","11","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w187","rwt.widgets.GridItem",{"parent":"w99","index":79,"texts":["80","Hg","Mercury","Transition metal","12","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w188","rwt.widgets.GridItem",{"parent":"w99","index":80,"texts":["81","Tl","Thallium","Poor metal","13","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w189","rwt.widgets.GridItem",{"parent":"w99","index":81,"texts":["82","Pb","Lead","Poor metal","14","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w190","rwt.widgets.GridItem",{"parent":"w99","index":82,"texts":["83","Bi","Bismuth","Poor metal","15","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w191","rwt.widgets.GridItem",{"parent":"w99","index":83,"texts":["84","Po","Polonium","Metalloid","16","6"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],["create","w192","rwt.widgets.GridItem",{"parent":"w99","index":84,"texts":["85","At","Astatine","Halogen","17","6"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w193","rwt.widgets.GridItem",{"parent":"w99","index":85,"texts":["86","Rn","Radon","Noble gas","18","6"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w194","rwt.widgets.GridItem",{"parent":"w99","index":86,"texts":["87","Fr","Francium","Alkali metal","1","7"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}],["create","w195","rwt.widgets.GridItem",{"parent":"w99","index":87,"texts":["88","Ra","Radium","Alkaline earth metal","2","7"],"cellBackgrounds":[null,null,null,[233,185,110,255],null,null]}],["create","w196","rwt.widgets.GridItem",{"parent":"w99","index":88,"texts":["89","Ac","Actinium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w197","rwt.widgets.GridItem",{"parent":"w99","index":89,"texts":["90","Th","Thorium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w198","rwt.widgets.GridItem",{"parent":"w99","index":90,"texts":["91","Pa","Protactinium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w199","rwt.widgets.GridItem",{"parent":"w99","index":91,"texts":["92","U","Uranium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w200","rwt.widgets.GridItem",{"parent":"w99","index":92,"texts":["93","Np","Neptunium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w201","rwt.widgets.GridItem",{"parent":"w99","index":93,"texts":["94","Pu","Plutonium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w202","rwt.widgets.GridItem",{"parent":"w99","index":94,"texts":["95","Am","Americium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w203","rwt.widgets.GridItem",{"parent":"w99","index":95,"texts":["96","Cm","Curium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w204","rwt.widgets.GridItem",{"parent":"w99","index":96,"texts":["97","Bk","Berkelium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w205","rwt.widgets.GridItem",{"parent":"w99","index":97,"texts":["98","Cf","Californium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w206","rwt.widgets.GridItem",{"parent":"w99","index":98,"texts":["99","Es","Einsteinium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w207","rwt.widgets.GridItem",{"parent":"w99","index":99,"texts":["100","Fm","Fermium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w208","rwt.widgets.GridItem",{"parent":"w99","index":100,"texts":["101","Md","Mendelevium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w209","rwt.widgets.GridItem",{"parent":"w99","index":101,"texts":["102","No","Nobelium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w210","rwt.widgets.GridItem",{"parent":"w99","index":102,"texts":["103","Lr","Lawrencium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],["create","w211","rwt.widgets.GridItem",{"parent":"w99","index":103,"texts":["104","Rf","Rutherfordium","Transition metal","4","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w212","rwt.widgets.GridItem",{"parent":"w99","index":104,"texts":["105","Db","Dubnium","Transition metal","5","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w213","rwt.widgets.GridItem",{"parent":"w99","index":105,"texts":["106","Sg","Seaborgium","Transition metal","6","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w214","rwt.widgets.GridItem",{"parent":"w99","index":106,"texts":["107","Bh","Bohrium","Transition metal","7","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w215","rwt.widgets.GridItem",{"parent":"w99","index":107,"texts":["108","Hs","Hassium","Transition metal","8","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w216","rwt.widgets.GridItem",{"parent":"w99","index":108,"texts":["109","Mt","Meitnerium","Transition metal","9","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w217","rwt.widgets.GridItem",{"parent":"w99","index":109,"texts":["110","Ds","Darmstadtium","Transition metal","10","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w218","rwt.widgets.GridItem",{"parent":"w99","index":110,"texts":["111","Rg","Roentgenium","Transition metal","11","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w219","rwt.widgets.GridItem",{"parent":"w99","index":111,"texts":["112","Uub","Ununbium","Transition metal","12","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,null]}],["create","w220","rwt.widgets.GridItem",{"parent":"w99","index":112,"texts":["113","Uut","Ununtrium","Poor metal","13","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w221","rwt.widgets.GridItem",{"parent":"w99","index":113,"texts":["114","Uuq","Ununquadium","Poor metal","14","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w222","rwt.widgets.GridItem",{"parent":"w99","index":114,"texts":["115","Uup","Ununpentium","Poor metal","15","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w223","rwt.widgets.GridItem",{"parent":"w99","index":115,"texts":["116","Uuh","Ununhexium","Poor metal","16","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],["create","w224","rwt.widgets.GridItem",{"parent":"w99","index":116,"texts":["117","Uus","Ununseptium","Halogen","17","7"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],["create","w225","rwt.widgets.GridItem",{"parent":"w99","index":117,"texts":["118","Uuo","Ununoctium","Noble gas","18","7"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],["create","w226","rwt.widgets.Composite",{"parent":"w97","style":["BORDER"],"bounds":[10,464,988,25],"children":["w227"],"tabIndex":-1,"clientArea":[0,0,986,23]}],["create","w227","rwt.widgets.Label",{"parent":"w226","style":["NONE"],"bounds":[10,10,966,3],"tabIndex":-1,"text":"Hydrogen (H)"}],["create","w228","rwt.widgets.Label",{"parent":"w97","style":["WRAP"],"bounds":[10,499,988,16],"tabIndex":-1,"foreground":[150,150,150,255],"font":[["Verdana","Lucida Sans","Arial","Helvetica","sans-serif"],10,false,false],"text":"Shortcuts: [CTRL+F] - Filter | Sort by: [CTRL+R] - Number, [CTRL+Y] - Symbol, [CTRL+N] - Name, [CTRL+S] - Series, [CTRL+G] - Group, [CTRL+E] - Period"}],["set","w1",{"focusControl":"w99"}],["call","rwt.client.BrowserNavigation","addToHistory",{"entries":[["tableviewer","TableViewer"]]}]]}'

-- A growable sequence with 0-based indices, as AWFY's Vector.
local Vector = {}
Vector.__index = Vector

function Vector.new()
    return setmetatable({ items = {}, count = 0 }, Vector)
end

function Vector:append(element)
    local n = self.count + 1
    self.items[n] = element
    self.count = n
end

function Vector:at(index)
    if index < 0 or index >= self.count then
        error("index out of bounds: " .. index)
    end
    return self.items[index + 1]
end

function Vector:size()
    return self.count
end

function Vector:is_empty()
    return self.count == 0
end

-- Maps a member name to its index, 32 slots keyed by a deliberately weak hash
-- (the name's length); a slot holds index + 1, and 0 means empty. A later name
-- of the same length takes the slot over.
local HashIndexTable = {}
HashIndexTable.__index = HashIndexTable

function HashIndexTable.new()
    local hash_table = {}
    for i = 1, 32 do hash_table[i] = 0 end
    return setmetatable({ hash_table = hash_table }, HashIndexTable)
end

local function string_hash(s)
    return #s * 1402589
end

function HashIndexTable:hash_slot_for(element)
    return string_hash(element) & (#self.hash_table - 1)
end

function HashIndexTable:add(name, index)
    local slot = self:hash_slot_for(name)
    if index < 255 then
        self.hash_table[slot + 1] = (index + 1) & 255
    else
        self.hash_table[slot + 1] = 0
    end
end

function HashIndexTable:get(name)
    local slot = self:hash_slot_for(name)
    return (self.hash_table[slot + 1] & 255) - 1
end

-- What every JSON value answers; the kinds below override their own tests.
local JsonValue = {}
JsonValue.__index = JsonValue

function JsonValue:is_object() return false end
function JsonValue:is_array() return false end
function JsonValue:is_number() return false end
function JsonValue:is_string() return false end
function JsonValue:is_boolean() return false end
function JsonValue:is_true() return false end
function JsonValue:is_false() return false end
function JsonValue:is_null() return false end
function JsonValue:as_object() error("Not an object") end
function JsonValue:as_array() error("Not an array") end

local subclass = awfy.class

-- An array: its elements in order.
local JsonArray = subclass(JsonValue)

function JsonArray.new()
    return setmetatable({ values = Vector.new() }, JsonArray)
end

function JsonArray:add(value)
    if value == nil then error("value is nil") end
    self.values:append(value)
    return self
end

function JsonArray:size() return self.values:size() end
function JsonArray:get(index) return self.values:at(index) end
function JsonArray:is_array() return true end
function JsonArray:as_array() return self end

-- One of null, true and false; the parser shares the three below.
local JsonLiteral = subclass(JsonValue)

function JsonLiteral.new(value)
    return setmetatable({
        value = value,
        null_flag = "null" == value,
        true_flag = "true" == value,
        false_flag = "false" == value,
    }, JsonLiteral)
end

function JsonLiteral:to_string() return self.value end
function JsonLiteral:is_null() return self.null_flag end
function JsonLiteral:is_true() return self.true_flag end
function JsonLiteral:is_false() return self.false_flag end
function JsonLiteral:is_boolean() return self.true_flag or self.false_flag end

local JSON_NULL = JsonLiteral.new("null")
local JSON_TRUE = JsonLiteral.new("true")
local JSON_FALSE = JsonLiteral.new("false")

-- A number, kept as the text that spelled it.
local JsonNumber = subclass(JsonValue)

function JsonNumber.new(s)
    if s == nil then error("string is nil") end
    return setmetatable({ string = s }, JsonNumber)
end

function JsonNumber:to_string() return self.string end
function JsonNumber:is_number() return true end

-- An object: member names and values in order, and the index table that finds
-- a name.
local JsonObject = subclass(JsonValue)

function JsonObject.new()
    return setmetatable({
        names = Vector.new(),
        values = Vector.new(),
        table = HashIndexTable.new(),
    }, JsonObject)
end

function JsonObject:add(name, value)
    if name == nil then error("name is nil") end
    if value == nil then error("value is nil") end
    self.table:add(name, self.names:size())
    self.names:append(name)
    self.values:append(value)
    return self
end

-- The value of member name, or nil.
function JsonObject:get(name)
    if name == nil then error("name is nil") end
    local index = self:index_of(name)
    if index == -1 then return nil end
    return self.values:at(index)
end

function JsonObject:size() return self.names:size() end
function JsonObject:is_empty() return self.names:is_empty() end
function JsonObject:is_object() return true end
function JsonObject:as_object() return self end

-- Only what the table finds: the benchmark never needs a full search.
function JsonObject:index_of(name)
    local index = self.table:get(name)
    if index ~= -1 and name == self.names:at(index) then
        return index
    end
    error("not implemented")
end

-- A string value.
local JsonString = subclass(JsonValue)

function JsonString.new(s)
    return setmetatable({ string = s }, JsonString)
end

function JsonString:is_string() return true end

-- The characters the parser looks for.
local QUOTE, BACKSLASH, SLASH = byte('"'), byte("\\"), byte("/")
local OPEN_BRACKET, CLOSE_BRACKET = byte("["), byte("]")
local OPEN_BRACE, CLOSE_BRACE = byte("{"), byte("}")
local COMMA, COLON, MINUS, PLUS, DOT = byte(","), byte(":"), byte("-"), byte("+"), byte(".")
local SPACE, TAB, NEWLINE, RETURN = byte(" "), byte("\t"), byte("\n"), byte("\r")
local C0, C1, C2, C3, C4 = byte("0"), byte("1"), byte("2"), byte("3"), byte("4")
local C5, C6, C7, C8, C9 = byte("5"), byte("6"), byte("7"), byte("8"), byte("9")
local CA, CB, CE, CBIG_E, CF = byte("a"), byte("b"), byte("e"), byte("E"), byte("f")
local CL, CN, CR, CS, CT, CU = byte("l"), byte("n"), byte("r"), byte("s"), byte("t"), byte("u")

-- The parser: the input, the index of the current character, the character
-- itself (a byte, nil at the end), the position for messages, and the capture
-- of the text of a string or number in progress.
local Parser = {}
Parser.__index = Parser

function Parser.new(s)
    return setmetatable({
        input = s,
        index = -1,
        line = 1,
        column = 0,
        current = nil,
        capture_start = -1,
        capture_buffer = "",
    }, Parser)
end

function Parser:parse()
    self:read()
    self:skip_white_space()
    local result = self:read_value()
    self:skip_white_space()
    if not self:is_end_of_text() then
        self:error("Unexpected character")
    end
    return result
end

function Parser:read_value()
    if self.current == CN then return self:read_null() end
    if self.current == CT then return self:read_true() end
    if self.current == CF then return self:read_false() end
    if self.current == QUOTE then return self:read_string() end
    if self.current == OPEN_BRACKET then return self:read_array() end
    if self.current == OPEN_BRACE then return self:read_object() end
    if self.current == MINUS or self:is_digit() then return self:read_number() end
    self:expected("value")
end

function Parser:read_array()
    self:read()
    local array = JsonArray.new()
    self:skip_white_space()
    if self:read_char(CLOSE_BRACKET) then
        return array
    end
    repeat
        self:skip_white_space()
        array:add(self:read_value())
        self:skip_white_space()
    until not self:read_char(COMMA)
    if not self:read_char(CLOSE_BRACKET) then
        self:expected("',' or ']'")
    end
    return array
end

function Parser:read_object()
    self:read()
    local object = JsonObject.new()
    self:skip_white_space()
    if self:read_char(CLOSE_BRACE) then
        return object
    end
    repeat
        self:skip_white_space()
        local name = self:read_name()
        self:skip_white_space()
        if not self:read_char(COLON) then
            self:expected("':'")
        end
        self:skip_white_space()
        object:add(name, self:read_value())
        self:skip_white_space()
    until not self:read_char(COMMA)
    if not self:read_char(CLOSE_BRACE) then
        self:expected("',' or '}'")
    end
    return object
end

function Parser:read_name()
    if self.current ~= QUOTE then
        self:expected("name")
    end
    return self:read_string_internal()
end

function Parser:read_null()
    self:read()
    self:read_required_char(CU)
    self:read_required_char(CL)
    self:read_required_char(CL)
    return JSON_NULL
end

function Parser:read_true()
    self:read()
    self:read_required_char(CR)
    self:read_required_char(CU)
    self:read_required_char(CE)
    return JSON_TRUE
end

function Parser:read_false()
    self:read()
    self:read_required_char(CA)
    self:read_required_char(CL)
    self:read_required_char(CS)
    self:read_required_char(CE)
    return JSON_FALSE
end

function Parser:read_required_char(ch)
    if not self:read_char(ch) then
        self:expected("'" .. string.char(ch) .. "'")
    end
end

function Parser:read_string()
    return JsonString.new(self:read_string_internal())
end

function Parser:read_string_internal()
    self:read()
    self:start_capture()
    while self.current ~= QUOTE do
        if self.current == BACKSLASH then
            self:pause_capture()
            self:read_escape()
            self:start_capture()
        else
            self:read()
        end
    end
    local s = self:end_capture()
    self:read()
    return s
end

function Parser:read_escape()
    self:read()
    if self.current == QUOTE or self.current == SLASH or self.current == BACKSLASH then
        self.capture_buffer = self.capture_buffer .. sub(self.input, self.index + 1, self.index + 1)
    elseif self.current == CB then
        self.capture_buffer = self.capture_buffer .. "\b"
    elseif self.current == CF then
        self.capture_buffer = self.capture_buffer .. "\f"
    elseif self.current == CN then
        self.capture_buffer = self.capture_buffer .. "\n"
    elseif self.current == CR then
        self.capture_buffer = self.capture_buffer .. "\r"
    elseif self.current == CT then
        self.capture_buffer = self.capture_buffer .. "\t"
    else
        self:expected("valid escape sequence")
    end
    self:read()
end

function Parser:read_number()
    self:start_capture()
    self:read_char(MINUS)
    local first_digit = self.current
    if not self:read_digit() then
        self:expected("digit")
    end
    if first_digit ~= C0 then
        while self:read_digit() do end
    end
    self:read_fraction()
    self:read_exponent()
    return JsonNumber.new(self:end_capture())
end

function Parser:read_fraction()
    if not self:read_char(DOT) then
        return false
    end
    if not self:read_digit() then
        self:expected("digit")
    end
    while self:read_digit() do end
    return true
end

function Parser:read_exponent()
    if not self:read_char(CE) and not self:read_char(CBIG_E) then
        return false
    end
    if not self:read_char(PLUS) then
        self:read_char(MINUS)
    end
    if not self:read_digit() then
        self:expected("digit")
    end
    while self:read_digit() do end
    return true
end

function Parser:read_char(ch)
    if self.current ~= ch then
        return false
    end
    self:read()
    return true
end

function Parser:read_digit()
    if not self:is_digit() then
        return false
    end
    self:read()
    return true
end

function Parser:skip_white_space()
    while self:is_white_space() do
        self:read()
    end
end

function Parser:read()
    if self.current == NEWLINE then
        self.line = self.line + 1
        self.column = 0
    end
    self.index = self.index + 1
    if self.index < #self.input then
        self.current = byte(self.input, self.index + 1)
    else
        self.current = nil
    end
end

function Parser:start_capture()
    self.capture_start = self.index
end

-- The index of the last captured character. (At the end of the text index is
-- the input's size, and the capture stops there.)
function Parser:capture_end()
    if self.current == nil then
        return self.index
    end
    return self.index - 1
end

function Parser:captured()
    local last = math.min(self:capture_end() + 1, #self.input)
    return sub(self.input, self.capture_start + 1, last)
end

function Parser:pause_capture()
    self.capture_buffer = self.capture_buffer .. self:captured()
    self.capture_start = -1
end

function Parser:end_capture()
    local result
    if "" == self.capture_buffer then
        result = self:captured()
    else
        self.capture_buffer = self.capture_buffer .. self:captured()
        result = self.capture_buffer
        self.capture_buffer = ""
    end
    self.capture_start = -1
    return result
end

function Parser:expected(what)
    if self:is_end_of_text() then
        self:error("Unexpected end of input")
    end
    self:error("Expected " .. what)
end

function Parser:error(message)
    error(message .. " at " .. self.line .. ":" .. (self.column - 1), 0)
end

function Parser:is_white_space()
    return self.current == SPACE or self.current == TAB
        or self.current == NEWLINE or self.current == RETURN
end

function Parser:is_digit()
    return self.current == C0 or self.current == C1 or self.current == C2
        or self.current == C3 or self.current == C4 or self.current == C5
        or self.current == C6 or self.current == C7 or self.current == C8
        or self.current == C9
end

function Parser:is_end_of_text()
    return self.current == nil
end

local json = {}

function json.benchmark()
    return Parser.new(RAP_BENCHMARK_MINIFIED):parse()
end

function json.verify_result(result)
    if not result:is_object() then return false end
    if not result:as_object():get("head"):is_object() then return false end
    if not result:as_object():get("operations"):is_array() then return false end
    return result:as_object():get("operations"):as_array():size() == 156
end

awfy.run(json, "Json", 60)
